// The signals the no-answer decision reads (decide-answer.ts), all from the first pass of the ranking:
// what the question alone says, before feedback. Each is on a scale that does not depend on the corpus
// size, because the decision is trained on three corpora (news, SQuAD, Cranfield) and used on any.
import type { SearchIndex } from '../retrieval/build-index.js';
import type { AnalyzedQuestion, RankedParagraph } from '../retrieval/rank.js';
import { stemWord } from '../text/analyze.js';
import { statesQuantity } from '../text/quantity.js';
import { cosine, dotRow, vectorRow } from '../text/word-vectors.js';

export interface AnswerSignals {
  /** The best first-pass score: the share of the question's weight matched, saturated (score.ts). */
  readonly topScore: number;
  /** Best minus second-best score: a clear winner is more likely an answer than a tie of weak matches. */
  readonly gap: number;
  /** Share of the question's weight on terms that occur in the best paragraph (no saturation). */
  readonly matchedShare: number;
  /** Share of the question's weight on terms the corpus uses at all. */
  readonly knownShare: number;
  /** ln(1 + distinct question terms found in the best paragraph). */
  readonly matchedTerms: number;
  /** ln(1 + distinct question terms not in the best paragraph). */
  readonly missingTerms: number;
  /** The heaviest single question term the best paragraph lacks, as a share of the question's weight. */
  readonly heaviestMissing: number;
  /**
   * Share of the question's weight on words the corpus lacks that are ordinary English (WordNet knows
   * them): phrasing ("guy", "basically") as opposed to a subject the corpus never names.
   */
  readonly unknownEnglishShare: number;
  /** Cosine of the question and the best paragraph in the word-vector space (embed-index.ts); 0 without. */
  readonly similarity: number;
  /**
   * Share of the question's weight on terms the best paragraph has, or has a near neighbour of in the
   * vector space (cosine ≥ SOFT_MATCH_FLOOR): how much of the question it answers, paraphrase included.
   */
  readonly softMatchedShare: number;
  /**
   * The question asks for a count or a sum of money and the best paragraph states none (quantity.ts).
   * Not a model input: a rule of decide-answer.ts, since no such paragraph can answer it whatever it matches.
   */
  readonly missingQuantity: boolean;
}

/** Cosine at which a question word counts as softly matched by a paragraph word (as vector bridging). */
export const SOFT_MATCH_FLOOR = 0.5;

export const SIGNAL_NAMES = [
  'topScore',
  'gap',
  'matchedShare',
  'knownShare',
  'matchedTerms',
  'missingTerms',
  'heaviestMissing',
  'unknownEnglishShare',
  'similarity',
  'softMatchedShare',
] as const satisfies ReadonlyArray<keyof AnswerSignals>;

/** The distinct term ids of one paragraph, from the forward index (title share not included). */
function termsOfParagraph(index: SearchIndex, paragraphIndex: number): Set<number> {
  const terms = new Set<number>();
  const end = index.tokenStart[paragraphIndex + 1] ?? 0;
  for (let i = index.tokenStart[paragraphIndex] ?? 0; i < end; i += 1) terms.add(index.tokenTerms[i] as number);
  return terms;
}

export function measureSignals(
  index: SearchIndex,
  analyzed: AnalyzedQuestion,
  firstPass: readonly RankedParagraph[],
): AnswerSignals {
  const best = firstPass[0];
  const present = best ? termsOfParagraph(index, best.paragraphIndex) : new Set<number>();
  let matchedShare = 0;
  let knownShare = 0;
  let matched = 0;
  let missing = 0;
  let heaviestMissing = 0;
  for (const t of analyzed.terms) {
    if (t.termId >= 0) knownShare += t.weight;
    if (t.termId >= 0 && present.has(t.termId)) {
      matchedShare += t.weight;
      matched += 1;
    } else {
      missing += 1;
      heaviestMissing = Math.max(heaviestMissing, t.weight);
    }
  }
  let unknownEnglishShare = 0;
  const english = new Set(analyzed.unknownWords.filter((w) => index.lexicon?.isWord(w)).map((w) => w));
  if (english.size > 0) {
    const englishTerms = new Set(analyzed.sequence.filter((t) => t.termId < 0).map((t) => t.term));
    for (const t of analyzed.terms)
      if (t.termId < 0 && englishTerms.has(t.term) && isEnglishTerm(t.term, english)) unknownEnglishShare += t.weight;
  }
  const topScore = best?.score ?? 0;
  const soft = best
    ? measureSoftMatch(index, analyzed, best.paragraphIndex, present)
    : { similarity: 0, softMatchedShare: 0 };
  return {
    topScore,
    gap: topScore - (firstPass[1]?.score ?? 0),
    matchedShare,
    knownShare,
    matchedTerms: Math.log1p(matched),
    missingTerms: Math.log1p(missing),
    heaviestMissing,
    unknownEnglishShare,
    ...soft,
    missingQuantity:
      analyzed.askedQuantity !== null &&
      best !== undefined &&
      !statesQuantity(index.paragraphs[best.paragraphIndex]?.paragraph.text ?? '', analyzed.askedQuantity),
  };
}

/** The vector-space signals for the best paragraph (number `paragraph`, its distinct terms `present`). */
function measureSoftMatch(
  index: SearchIndex,
  analyzed: AnalyzedQuestion,
  paragraph: number,
  present: ReadonlySet<number>,
): { similarity: number; softMatchedShare: number } {
  const embedding = index.embedding;
  let share = 0;
  const seen = new Set<string>();
  // The best paragraph's terms that have a vector, once, in the set's order: each question word the
  // paragraph lacks is compared with each of them, in place (dotRow is cosine on unit rows, bit for bit).
  const withVector = embedding ? [...present].filter((p) => embedding.hasVector[p]) : [];
  analyzed.sequence.forEach((t, i) => {
    if (seen.has(t.term)) return;
    seen.add(t.term);
    if (t.termId >= 0 && present.has(t.termId)) {
      share += t.weight;
      return;
    }
    if (embedding === undefined || withVector.length === 0) return;
    const vector = embedding.vectors.vectorOf(analyzed.words[i] ?? '');
    if (vector === undefined) return;
    const { dims, termVectors } = embedding;
    for (const p of withVector)
      if (dotRow(termVectors, p * dims, vector) >= SOFT_MATCH_FLOOR) {
        share += t.weight;
        return;
      }
  });
  const similarity =
    embedding && analyzed.vector
      ? cosineOrZero(analyzed.vector, vectorRow(embedding.paragraphVectors, paragraph, embedding.dims))
      : 0;
  return { similarity, softMatchedShare: share };
}

/** Cosine clipped at 0: a signal on the 0..1 scale of the others (opposite meaning is no meaning here). */
function cosineOrZero(a: Float32Array, b: Float32Array): number {
  return Math.max(0, cosine(a, b));
}

/** Whether an unknown term came from one of the English words (terms are stems of the words). */
function isEnglishTerm(term: string, english: ReadonlySet<string>): boolean {
  for (const word of english) if (word.startsWith(term) || stemWord(word) === term) return true;
  return false;
}
