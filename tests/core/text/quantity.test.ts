// Answer-type checking: which questions ask for a count or a sum of money, and which passages state one.
import { describe, expect, it } from 'vitest';
import { askedQuantity, statesQuantity } from '../../../src/core/text/quantity.js';

describe('askedQuantity', () => {
  it('finds a count in "how many" and "what number of"', () => {
    expect(askedQuantity('How many ships sailed?')).toBe('count');
    expect(askedQuantity('what is the number of delegates at the summit')).toBe('count');
  });

  it('finds money only in "how much" about paying, costing or earning', () => {
    expect(askedQuantity('How much did the bridge cost?')).toBe('money');
    expect(askedQuantity('how much money does the mayor make')).toBe('money');
    expect(askedQuantity('How much support is there for the plan?')).toBeNull();
    expect(askedQuantity('Who paid for the bridge?')).toBeNull();
  });
});

describe('statesQuantity', () => {
  it('accepts digits, number words and words for none or one', () => {
    expect(statesQuantity('The fleet had 12 ships.', 'count')).toBe(true);
    expect(statesQuantity('Dozens of ships sailed.', 'count')).toBe(true);
    expect(statesQuantity('None of the ships returned.', 'count')).toBe(true);
    expect(statesQuantity('A single ship returned.', 'count')).toBe(true);
    expect(statesQuantity('He has frequently visited the port.', 'count')).toBe(true);
  });

  it('does not take a year after "in" or a month for a count', () => {
    expect(statesQuantity('The ships sailed in 1805 and again in March 1806.', 'count')).toBe(false);
    expect(statesQuantity('The dinner for 2000 guests was held in 1835.', 'count')).toBe(true);
  });

  it('reads currency signs and words as money, and a bare subject as none', () => {
    expect(statesQuantity('It cost $4.5 million.', 'money')).toBe(true);
    expect(statesQuantity('Entry is free.', 'money')).toBe(true);
    expect(statesQuantity('He has extensive financial interests in the company.', 'money')).toBe(false);
    expect(statesQuantity('He has extensive financial interests in the company.', 'count')).toBe(false);
  });
});
