// The reply for an Answer built by hand: what the bot says beside its quotes, escaped and within limits.
import { describe, expect, it } from 'vitest';
import { NO_QUANTITY_TEXT, RELATED_TEXT } from '../../../src/core/answer/render-text.js';
import type { Answer, QuoteResult } from '../../../src/core/answer/types.js';
import { DISCORD_LIMITS } from '../../../src/discord/discord-limits.js';
import { NO_MATCH_MESSAGE, RELATED_FOOTER, renderAnswer } from '../../../src/discord/render/answer-reply.js';
import { countEmbedCharacters, toReply } from '../../../src/discord/to-reply.js';

function makeResult(overrides: Partial<QuoteResult> = {}): QuoteResult {
  return {
    quote: 'Intelligence officials said so.',
    quoteStart: 0,
    paragraph: 'Intelligence officials said so.',
    documentId: 'doc',
    paragraphId: 'doc#1',
    outlet: 'Outlet',
    title: 'Title',
    author: null,
    score: 0.2,
    matchedTerms: ['intellig'],
    ...overrides,
  };
}

function makeNoMatch(overrides: Partial<Extract<Answer, { kind: 'no-match' }>> = {}): Answer {
  return {
    kind: 'no-match',
    question: 'q',
    reason: 'below-threshold',
    corrections: [],
    expansions: [],
    suggestions: [],
    related: [],
    ...overrides,
  };
}

const VIEW = { firstNumber: 1, hasMore: false, moderationButtons: true } as const;

describe('renderAnswer', () => {
  it('names only the WordNet matches whose corpus word is in a quote on show', () => {
    const answer: Answer = {
      kind: 'quotes',
      question: 'what did the spy say',
      results: [makeResult()],
      corrections: [],
      expansions: [
        { from: 'spy', to: 'intelligence' },
        { from: 'spy', to: 'agent' },
      ],
    };
    expect(renderAnswer(answer, VIEW).content).toBe('Also matched: spy \u2248 intelligence');
    expect(renderAnswer({ ...answer, expansions: [{ from: 'spy', to: 'agent' }] }, VIEW).content).toBe('');
  });

  it('escapes markdown in the words of a correction, which come from the member', () => {
    const answer: Answer = {
      kind: 'quotes',
      question: 'q',
      results: [makeResult()],
      corrections: [{ from: '*leter*', to: 'letter' }],
    };
    expect(renderAnswer(answer, VIEW).content).toBe('Searched for: letter (you wrote \\*leter\\*)');
  });

  it('shows closest passages as no answer: grey, footed so, Show context only, suggestions kept', () => {
    const reply = renderAnswer(
      makeNoMatch({ related: [makeResult(), makeResult({ paragraphId: 'doc#2' })], suggestions: ['peskov'] }),
      VIEW,
    );
    expect(reply.content).toBe(`${RELATED_TEXT}\nDid you mean: **peskov**?`);
    expect(reply.embeds?.map((e) => e.footer)).toEqual([
      `doc#1 \u00B7 score 0.2 \u00B7 ${RELATED_FOOTER}`,
      `doc#2 \u00B7 score 0.2 \u00B7 ${RELATED_FOOTER}`,
    ]);
    const ids = (reply.components ?? []).flatMap((row) =>
      row.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
    );
    expect(ids).toEqual(['ctx:doc#1', 'ctx:doc#2']);
  });

  it('says why when the quantity rule refused: the question wants a number no passage gives', () => {
    const reply = renderAnswer(makeNoMatch({ reason: 'no-quantity', related: [makeResult()] }), VIEW);
    expect(reply.content).toBe(`${RELATED_TEXT}\n${NO_QUANTITY_TEXT}`);
    expect(renderAnswer(makeNoMatch({ related: [makeResult()] }), VIEW).content).toBe(RELATED_TEXT);
  });

  it('keeps the no-match text, with any correction, when nothing comes close', () => {
    const reply = renderAnswer(makeNoMatch({ corrections: [{ from: 'leter', to: 'letter' }] }), VIEW);
    expect(reply).toEqual({ content: `${NO_MATCH_MESSAGE}\nSearched for: letter (you wrote leter)` });
  });

  it('stays within Discord limits however many words were corrected and passages shown', () => {
    const long = 'x'.repeat(300);
    const answer = makeNoMatch({
      corrections: Array.from({ length: 40 }, () => ({ from: long, to: long })),
      related: Array.from({ length: 12 }, (_, i) =>
        makeResult({ paragraphId: `doc#${i}`, quote: `${'Word. '.repeat(150)}`, title: long, outlet: long }),
      ),
    });
    const reply = toReply(renderAnswer(answer, VIEW));
    expect(reply.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(reply.content.startsWith(RELATED_TEXT)).toBe(true);
    expect(reply.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    const total = reply.embeds.reduce((sum, e) => sum + countEmbedCharacters(e), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(reply.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rowsPerMessage);
  });
});
