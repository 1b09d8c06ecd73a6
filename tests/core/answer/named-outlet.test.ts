// An outlet named in the question: found as whole words, and the words of its name that no text uses
// are dropped from what is searched (they can only count as missing).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { findNamedOutlet } from '../../../src/core/answer/named-outlet.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { makeDocument } from '../../support/make-document.js';

const index = buildIndex([
  makeDocument(
    'a',
    'The harbour fleet sailed at dawn.\n\nThe harbour master counted the boats.',
    'A',
    'Harbour Herald',
  ),
  makeDocument('b', 'The mountain road closed for a week.\n\nSnow fell on the pass.', 'B', 'The Valley Post'),
  makeDocument('c', 'The council approved the budget.', 'C', 'Democrats Weekly'),
]);

describe('findNamedOutlet', () => {
  it('finds the longest name, with or without a leading "The"', () => {
    expect(findNamedOutlet(index, 'what does valley post say about snow?')?.outlet).toBe('The Valley Post');
    expect(findNamedOutlet(index, 'What did the Harbour Herald report?')?.outlet).toBe('Harbour Herald');
    expect(findNamedOutlet(index, 'what about the harbour?')).toBeNull();
  });

  it('reads chat shorthand in the name ("dems" for Democrats)', () => {
    expect(findNamedOutlet(index, 'what do dems weekly say about the budget')?.outlet).toBe('Democrats Weekly');
  });

  it('drops only the name words that no text uses', () => {
    const named = findNamedOutlet(index, 'What does the Harbour Herald say about the fleet?');
    expect(named?.withoutUnknownNameWords).not.toMatch(/herald/i);
    expect(named?.withoutUnknownNameWords).toMatch(/Harbour/);
  });

  it('ranks and decides on the question without them', () => {
    const answer = answerQuestion(index, 'What does the Harbour Herald say about the fleet?');
    expect(answer.kind).toBe('quotes');
    if (answer.kind === 'quotes') expect(answer.results[0]?.paragraph).toContain('fleet');
  });
});
