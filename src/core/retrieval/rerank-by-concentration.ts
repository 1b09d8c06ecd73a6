// Concentration: of two paragraphs that match the question about as well, the one whose match sits in
// one sentence more likely answers it than the one that has each word in a different sentence ("passage
// evidence", as IR systems combine a document's score with its best passage's). For the best
// `candidates` paragraphs after adjacency:
//   score' = score · (1 − λ + λ · concentration),
//   concentration = (question weight matched by the paragraph's best sentence) / (weight it matches at all),
// and every later paragraph gets score · (1 − λ), the factor for a concentration of 0, so no paragraph
// moves past one ranked above the candidates. A ratio rather than the best sentence's share itself: that
// share added to the score helped SQuAD more but cost Cranfield, whose abstracts spread a long question's
// words over several sentences, and it changed what the no-answer decision reads (docs/design.md 6c).
import { sentenceTermsOf } from '../text/sentence-terms.js';
import type { SearchIndex } from './build-index.js';
import type { QueryTerm, RankedParagraph } from './rank.js';

export interface ConcentrationOptions {
  /** λ: how much of the score depends on concentration. */
  readonly weight: number;
  /** How many of the best paragraphs are rescored. */
  readonly candidates: number;
}

/** The share of a paragraph's matched question weight that its best sentence holds (0 when none matched). */
export function measureConcentration(paragraph: string, weights: ReadonlyMap<string, number>): number {
  const matched = new Set<string>();
  let best = 0;
  for (const terms of sentenceTermsOf(paragraph).sentenceTerms) {
    let sentence = 0;
    for (const term of terms) {
      const weight = weights.get(term);
      if (weight === undefined) continue;
      sentence += weight;
      matched.add(term);
    }
    best = Math.max(best, sentence);
  }
  let total = 0;
  for (const term of matched) total += weights.get(term) ?? 0;
  return total > 0 ? best / total : 0;
}

/**
 * measureConcentration of one paragraph, without splitting its sentences when the answer is plain from
 * the forward index (its terms are those of its sentences): a paragraph with none of the question's terms
 * has 0, one with a single one has 1. Only paragraphs matching two or more are split, so a question whose
 * words the corpus mostly lacks costs almost nothing here.
 */
function concentrationOf(
  index: SearchIndex,
  paragraph: number,
  ids: ReadonlySet<number>,
  weights: ReadonlyMap<string, number>,
): number {
  let first = -1;
  const end = index.tokenStart[paragraph + 1] ?? 0;
  for (let i = index.tokenStart[paragraph] ?? 0; i < end; i += 1) {
    const term = index.tokenTerms[i] as number;
    if (!ids.has(term)) continue;
    if (first === -1) first = term;
    else if (term !== first) {
      const text = index.paragraphs[paragraph]?.paragraph.text;
      return text === undefined ? 0 : measureConcentration(text, weights);
    }
  }
  return first === -1 ? 0 : 1;
}

export function rerankByConcentration(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  ranked: readonly RankedParagraph[],
  options: ConcentrationOptions,
): RankedParagraph[] {
  if (options.weight === 0 || options.candidates === 0) return [...ranked];
  const known = terms.filter((t) => t.termId >= 0);
  const weights = new Map(known.map((t) => [t.term, t.weight]));
  const ids = new Set(known.map((t) => t.termId));
  const rescored = ranked.map((r, rank) => {
    const concentration = rank < options.candidates ? concentrationOf(index, r.paragraphIndex, ids, weights) : 0;
    return { ...r, score: r.score * (1 - options.weight + options.weight * concentration) };
  });
  return rescored.sort((x, y) => y.score - x.score || x.paragraphIndex - y.paragraphIndex);
}
