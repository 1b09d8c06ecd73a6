// A question as weighted index terms: the text pipeline, then spelling for words the corpus lacks, then
// WordNet bridging for words it still lacks. Bounded: only the first MAX_QUESTION_CHARS characters are
// analysed and at most MAX_UNKNOWN_WORDS unknown words are corrected or expanded, so no question costs
// more than a fixed amount of work whatever its length (issue 14).
import { analyzeText, analyzeWord, stemWord } from '../text/analyze.js';
import type { Lexicon } from '../text/lexicon.js';
import { cosine } from '../text/word-vectors.js';
import type { SearchIndex } from './build-index.js';
import { embedQuestion, findNearestTerms } from './embed-index.js';
import { type Correction, correctWord, DEFAULT_SPELLING, type SpellingOptions } from './spelling.js';

export interface QueryTerm {
  readonly term: string;
  /** -1 when the corpus never uses the term. */
  readonly termId: number;
  /** wq(t) of score.ts: already divided by the question's norm. */
  readonly weight: number;
}

/** A question word the corpus lacks, matched through WordNet to a word it has ("spy ≈ intelligence"). */
export interface Expansion {
  readonly from: string;
  readonly to: string;
}

export interface AnalyzedQuestion {
  /** One entry per distinct term, weights summing to one over the question (see score.ts). */
  readonly terms: readonly QueryTerm[];
  /** The question's own terms in reading order, repeats kept: what adjacency looks at. */
  readonly sequence: readonly QueryTerm[];
  /** The word behind each entry of `sequence` (the correction when there was one). */
  readonly words: readonly string[];
  readonly corrections: readonly Correction[];
  readonly expansions: readonly Expansion[];
  /** Words neither known nor correctable: the "did you mean" candidates of a no-match. */
  readonly unknownWords: readonly string[];
  /** Share of the question's weight on words the corpus lacks (after spelling, before bridging). */
  readonly unknownShare: number;
  /** The question in the word-vector space (embed-index.ts), when the index has vectors and a word has one. */
  readonly vector?: Float32Array | undefined;
}

/** Characters of a question that are analysed; the rest is ignored (a chat message, not a document). */
export const MAX_QUESTION_CHARS = 1000;
/** Unknown words per question that are corrected or expanded; later ones only count as unknown. */
export const MAX_UNKNOWN_WORDS = 8;

export interface BridgeOptions {
  /** Share of an unknown word's weight its WordNet neighbours take together (the rest stays unmatched). */
  readonly share: number;
  /** Neighbours kept per word, at most. */
  readonly perWord: number;
  /** Word-vector neighbours fill what WordNet leaves of `perWord` when their cosine is at least this. */
  readonly vectorFloor: number;
  /** A WordNet neighbour is kept when its cosine with the word is at least this (verifyBridges). */
  readonly verifyFloor: number;
}

/** WordNet neighbours looked at per bridge kept, since the vector check drops some. */
const WORDNET_CANDIDATES_PER_BRIDGE = 3;

/**
 * share and perWord chosen on dev + dev2 + Cranfield together: expanded matches weigh half an exact one.
 * The two vector floors chosen on dev2 (hit@1, hit@3) with SQuAD and Cranfield flat across them
 * (docs/design.md has every variant on all five sets).
 */
export const DEFAULT_BRIDGE: BridgeOptions = {
  share: 0.5,
  perWord: 3,
  vectorFloor: 0.5,
  verifyFloor: 0.3,
};

/**
 * WordNet's neighbours that are near `word` in the vector space too (cosine ≥ `floor`), when both have
 * vectors. WordNet lists every sense of a word alike ("reason" / "represent", "grab" / "touch"); the
 * vectors know which senses are common in news text. A neighbour without a vector is kept.
 */
function verifyBridges<T extends { word: string }>(index: SearchIndex, word: string, bridges: T[], floor: number): T[] {
  const vectors = index.embedding?.vectors;
  const own = vectors?.vectorOf(word);
  if (vectors === undefined || own === undefined) return bridges;
  return bridges.filter((b) => {
    const other = vectors.vectorOf(b.word);
    return other === undefined || cosine(own, other) >= floor;
  });
}

/** Corpus terms near `word` in the vector space, as bridges, after the `already` found through WordNet. */
function findVectorBridges(
  index: SearchIndex,
  word: string,
  exclude: ReadonlySet<string>,
  already: ReadonlyArray<{ term: string }>,
  options: BridgeOptions,
) {
  const embedding = index.embedding;
  const vector = embedding?.vectors.vectorOf(word);
  if (embedding === undefined || vector === undefined || already.length >= options.perWord) return [];
  const found: Array<{ word: string; term: string; termId: number }> = [];
  for (const { termId } of findNearestTerms(
    embedding,
    vector,
    options.vectorFloor,
    options.perWord + already.length + 4,
  )) {
    const surface = embedding.termWord[termId] ?? '';
    const term = analyzeWord(surface);
    if (term === null || exclude.has(term) || already.some((f) => f.term === term)) continue;
    found.push({ word: surface, term, termId });
    if (already.length + found.length >= options.perWord) break;
  }
  return found;
}

/** WordNet neighbours of `word` that the corpus uses, as (surface word, term id), closest first. */
function findBridges(index: SearchIndex, lexicon: Lexicon, word: string, exclude: ReadonlySet<string>, limit: number) {
  const found: Array<{ word: string; term: string; termId: number }> = [];
  for (const related of lexicon.relatedWords(word)) {
    const term = analyzeWord(related);
    if (term === null || exclude.has(term) || found.some((f) => f.term === term)) continue;
    const termId = index.termIds.get(term);
    if (termId === undefined) continue;
    found.push({ word: related, term, termId });
    if (found.length >= limit) break;
  }
  return found;
}

// Words of the corpus's outlet names ("occupy", "democrats"): a question that names an outlet says where
// to look (answer-question.ts prefers that outlet), so its words are never bridged to what they mean in
// ordinary English ("occupy ≈ busy").
const outletWordsByIndex = new WeakMap<SearchIndex, ReadonlySet<string>>();

function outletWordsOf(index: SearchIndex): ReadonlySet<string> {
  let words = outletWordsByIndex.get(index);
  if (words === undefined) {
    words = new Set(
      [...new Set(index.documents.map((d) => d.outlet))].flatMap((outlet) => analyzeText(outlet).map((t) => t.word)),
    );
    outletWordsByIndex.set(index, words);
  }
  return words;
}

export function analyzeQuestion(
  index: SearchIndex,
  question: string,
  spelling: SpellingOptions = DEFAULT_SPELLING,
  bridge: BridgeOptions = DEFAULT_BRIDGE,
): AnalyzedQuestion {
  const counts = new Map<string, number>();
  const order: string[] = [];
  /** The word behind each entry of `order` (the correction when there was one), for the question vector. */
  const surfaces: string[] = [];
  const corrections: Correction[] = [];
  const unknownWords: string[] = [];
  const lexicon = index.lexicon;
  let unknownSeen = 0;
  /** Unknown term → the surface word it came from, for WordNet. */
  const unknownSurface = new Map<string, string>();
  for (const token of analyzeText(question.slice(0, MAX_QUESTION_CHARS))) {
    let term = token.term;
    if (!index.termIds.has(term)) {
      unknownSeen += 1;
      const corrected =
        unknownSeen <= MAX_UNKNOWN_WORDS ? correctWord(token.word, index.wordFrequency, lexicon, spelling) : null;
      if (corrected !== null) {
        term = stemWord(corrected);
        corrections.push({ from: token.word, to: corrected });
        surfaces.push(corrected);
      } else {
        surfaces.push(token.word);
        unknownWords.push(token.word);
        if (unknownSeen <= MAX_UNKNOWN_WORDS && !unknownSurface.has(term)) unknownSurface.set(term, token.word);
      }
    } else surfaces.push(token.word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
    order.push(term);
  }

  const n = index.paragraphs.length;
  const raw = [...counts].map(([term, count]) => {
    const termId = index.termIds.get(term) ?? -1;
    const df = termId >= 0 ? (index.documentFrequency[termId] ?? 0) : 0;
    return { term, termId, weight: index.scoring.weighting.questionWeight(count, df, n) };
  });
  const norm = index.scoring.weighting.questionNorm(raw.map((t) => t.weight)) || 1;
  const own = raw.map((t) => ({ ...t, weight: t.weight / norm }));

  // Bridging: an unknown word hands `share` of its weight to the corpus words WordNet relates it to.
  const expansions: Expansion[] = [];
  const added = new Map<string, QueryTerm>();
  const terms: QueryTerm[] = [];
  const present = new Set(own.map((t) => t.term));
  const outletWords = outletWordsOf(index);
  for (const t of own) {
    const unknown = unknownSurface.get(t.term);
    const surface = unknown !== undefined && !outletWords.has(unknown) ? unknown : undefined;
    const wordNetBridges =
      lexicon && surface !== undefined
        ? verifyBridges(
            index,
            surface,
            findBridges(index, lexicon, surface, present, bridge.perWord * WORDNET_CANDIDATES_PER_BRIDGE),
            bridge.verifyFloor,
          ).slice(0, bridge.perWord)
        : [];
    const bridges =
      surface !== undefined
        ? [...wordNetBridges, ...findVectorBridges(index, surface, present, wordNetBridges, bridge)]
        : wordNetBridges;
    if (bridges.length === 0) {
      terms.push(t);
      continue;
    }
    terms.push({ ...t, weight: (1 - bridge.share) * t.weight });
    const each = (bridge.share * t.weight) / bridges.length;
    for (const b of bridges) {
      expansions.push({ from: surface as string, to: b.word });
      const before = added.get(b.term);
      added.set(b.term, { term: b.term, termId: b.termId, weight: (before?.weight ?? 0) + each });
    }
  }
  terms.push(...added.values());
  const byTerm = new Map(own.map((t) => [t.term, t]));
  const sequence = order.map((term) => byTerm.get(term) as QueryTerm);
  const vector = index.embedding
    ? embedQuestion(
        index.embedding.vectors,
        order.map((term, i) => ({ word: surfaces[i] ?? '', weight: byTerm.get(term)?.weight ?? 0 })),
      )
    : null;
  const unknownShare = own.reduce((sum, t) => sum + (t.termId < 0 ? t.weight : 0), 0);
  return {
    terms,
    sequence,
    words: surfaces,
    corrections,
    expansions,
    unknownWords,
    unknownShare,
    ...(vector ? { vector } : {}),
  };
}
