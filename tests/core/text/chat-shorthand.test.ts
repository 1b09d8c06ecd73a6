import { describe, expect, it } from 'vitest';
import { collapseElongation, expandShorthand, expandShorthandInText } from '../../../src/core/text/chat-shorthand.js';

describe('expandShorthand', () => {
  it('gives the words a chat shorthand stands for', () => {
    expect(expandShorthand('abt')).toBe('about');
    expect(expandShorthand('b4')).toBe('before');
    expect(expandShorthand('govt')).toBe('government');
    expect(expandShorthand('nyt')).toBe('new york times');
  });

  it('gives a countable noun its plural, and no other word one', () => {
    expect(expandShorthand('govts')).toBe('governments');
    expect(expandShorthand('vps')).toBe('vice presidents');
    expect(expandShorthand('press')).toBeNull();
    expect(expandShorthand('abts')).toBeNull();
  });

  it('leaves ordinary words, and forms that are also ordinary words, alone', () => {
    for (const word of ['about', 'sanctions', 'cos', 'sec', 'fed']) expect(expandShorthand(word)).toBeNull();
  });

  it('reads asides and interjections as nothing', () => {
    for (const word of ['tbh', 'imo', 'lol', 'wtf', 'pls']) expect(expandShorthand(word)).toBe('');
  });

  it('expands shorthand in a text unless the word is known', () => {
    expect(expandShorthandInText('What do Occupy Dems say abt it?', () => false)).toBe(
      'what do occupy democrats say about it?',
    );
    expect(expandShorthandInText('what did intel ship', (word) => word === 'intel')).toBe('what did intel ship');
  });

  it('offers the spellings a held-down letter may stand for', () => {
    expect(collapseElongation('whooo')).toEqual(['whoo', 'who']);
    expect(collapseElongation('carterrr')).toEqual(['carterr', 'carter']);
    expect(collapseElongation('sooooo')).toEqual(['soo', 'so']);
    expect(collapseElongation('letter')).toEqual([]);
  });
});
