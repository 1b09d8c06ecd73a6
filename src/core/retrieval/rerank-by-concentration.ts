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

export function rerankByConcentration(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  ranked: readonly RankedParagraph[],
  options: ConcentrationOptions,
): RankedParagraph[] {
  if (options.weight === 0 || options.candidates === 0) return [...ranked];
  const weights = new Map(terms.filter((t) => t.termId >= 0).map((t) => [t.term, t.weight]));
  const rescored = ranked.map((r, rank) => {
    const text = rank < options.candidates ? index.paragraphs[r.paragraphIndex]?.paragraph.text : undefined;
    const concentration = text === undefined ? 0 : measureConcentration(text, weights);
    return { ...r, score: r.score * (1 - options.weight + options.weight * concentration) };
  });
  return rescored.sort((x, y) => y.score - x.score || x.paragraphIndex - y.paragraphIndex);
}
