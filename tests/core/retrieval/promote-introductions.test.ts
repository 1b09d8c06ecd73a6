// "who is …?" puts each document's first mention of its subject first (promote-introductions.ts).
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/retrieval/analyze-question.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { makeDocument } from '../../support/make-document.js';

const index = buildIndex([
  makeDocument(
    'embassy',
    'Sergei Ivanov, the new ambassador, arrived in May to run the embassy and its forty staff members.\n\n' +
      'The talks stalled over the summer.\n\nIvanov left early.',
  ),
]);

function topParagraph(question: string): string | undefined {
  const analyzed = analyzeQuestion(index, question);
  const { ranked } = searchParagraphs(index, analyzed, { limit: 3 });
  return index.paragraphs[ranked[0]?.paragraphIndex ?? -1]?.paragraph.text;
}

describe('promoteIntroductions', () => {
  it('answers "who is" with the paragraph that first names the subject', () => {
    expect(analyzeQuestion(index, 'who is ivanov?').asksWho).toBe(true);
    expect(topParagraph('who is ivanov?')).toMatch(/^Sergei Ivanov, the new ambassador/);
  });

  it('leaves other questions to the scores, where the short paragraph wins', () => {
    expect(analyzeQuestion(index, 'what about ivanov?').asksWho).toBe(false);
    expect(topParagraph('what about ivanov?')).toBe('Ivanov left early.');
  });

  it('keeps the scores sorted', () => {
    const { ranked } = searchParagraphs(index, analyzeQuestion(index, 'who is ivanov?'), { limit: 3 });
    for (let i = 1; i < ranked.length; i += 1)
      expect(ranked[i]?.score ?? 0).toBeLessThanOrEqual(ranked[i - 1]?.score ?? 0);
  });
});
