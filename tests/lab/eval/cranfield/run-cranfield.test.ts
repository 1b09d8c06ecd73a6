// The benchmark itself, as a regression guard: the bot's own index and ranking on the real Cranfield
// collection must stay above the peers in ../shared/bench/cranfield/BASELINES.md (best MAP 0.3124,
// best nDCG@10 0.3740) and must answer every one of its 225 real questions.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCranfield } from '../../../../lab/eval/cranfield/load-cranfield.js';
import { runCranfield } from '../../../../lab/eval/cranfield/run-cranfield.js';
import { FINAL_VARIANT, SCORING_VARIANTS } from '../../../../lab/eval/cranfield/scoring-variants.js';

const CRANFIELD_DIR = fileURLToPath(new URL('../../../../eval/cranfield', import.meta.url));
const collection = loadCranfield(CRANFIELD_DIR);

describe('Cranfield with the default formula', () => {
  const report = runCranfield(collection, FINAL_VARIANT);

  it('indexes 1398 abstracts (471 and 995 are empty) and runs all 225 questions', () => {
    expect(collection.documents).toHaveLength(1398);
    expect(collection.skippedDocuments).toEqual(['471', '995']);
    expect(report.questions).toBe(225);
  });

  it('ranks above every peer library in BASELINES.md', () => {
    expect(report.map).toBeGreaterThan(0.3124);
    expect(report.ndcg10).toBeGreaterThan(0.374);
  });

  it('refuses none of the real questions at the default threshold', () => {
    expect(report.refused).toEqual([]);
  });

  it('beats the formula it replaced (plain cosine lnc.ltc)', () => {
    const before = SCORING_VARIANTS[0];
    if (!before) throw new Error('no variants');
    const cosine = runCranfield(collection, before);
    expect(report.map).toBeGreaterThan(cosine.map);
    expect(report.ndcg10).toBeGreaterThan(cosine.ndcg10);
  });
});
