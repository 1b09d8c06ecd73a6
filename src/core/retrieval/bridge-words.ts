// Bridges from a question word the corpus lacks to corpus words that mean about the same, inside the
// vector space, never by generating text (issue 10): WordNet's neighbours first, kept when the word
// vectors agree they are near, then the nearest corpus terms in the vector space to fill up to
// `perWord`, leaving out corpus words that behave like function words ("guy ≈ else"). Words of the
// corpus's outlet names are never bridged.
import { distinctOutlets } from '../document/distinct-outlets.js';
import { analyzeText, analyzeWord } from '../text/analyze.js';
import type { Lexicon } from '../text/lexicon.js';
import { cosine } from '../text/word-vectors.js';
import type { SearchIndex } from './build-index.js';
import { findNearestTerms } from './embed-index.js';
import { MAX_FUNCTION_LIKENESS, termFunctionLikeness } from './function-likeness.js';

export interface Bridge {
  /** The corpus's surface word shown to the user ("spy ≈ intelligence"). */
  readonly word: string;
  readonly term: string;
  readonly termId: number;
}

export interface BridgeOptions {
  /** Share of an unknown word's weight its WordNet neighbours take together (the rest stays unmatched). */
  readonly share: number;
  /** Neighbours kept per word, at most. */
  readonly perWord: number;
  /** Word-vector neighbours fill what WordNet leaves of `perWord` when their cosine is at least this. */
  readonly vectorFloor: number;
  /** A WordNet neighbour is kept when its cosine with the word is at least this (verifyBridges). */
  readonly verifyFloor: number;
  /** A vector neighbour is dropped when its function-likeness (function-likeness.ts) is above this. */
  readonly maxFunctionLikeness: number;
}

/** WordNet neighbours looked at per bridge kept, since the vector check drops some. */
const WORDNET_CANDIDATES_PER_BRIDGE = 3;

/**
 * share and perWord chosen on dev + dev2 + Cranfield together: expanded matches weigh half an exact one.
 * The two vector floors chosen on dev2 (hit@1, hit@3) with SQuAD and Cranfield flat across them
 * (docs/design.md has every variant on all five sets). maxFunctionLikeness: function-likeness.ts.
 */
export const DEFAULT_BRIDGE: BridgeOptions = {
  share: 0.5,
  perWord: 3,
  vectorFloor: 0.5,
  verifyFloor: 0.3,
  maxFunctionLikeness: MAX_FUNCTION_LIKENESS,
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
): Bridge[] {
  const embedding = index.embedding;
  const vector = embedding?.vectors.vectorOf(word);
  if (embedding === undefined || vector === undefined || already.length >= options.perWord) return [];
  const found: Bridge[] = [];
  for (const { termId } of findNearestTerms(
    embedding,
    vector,
    options.vectorFloor,
    options.perWord + already.length + 4,
  )) {
    const surface = embedding.termWord[termId] ?? '';
    const term = analyzeWord(surface);
    if (term === null || exclude.has(term) || already.some((f) => f.term === term)) continue;
    if (termFunctionLikeness(embedding, termId) > options.maxFunctionLikeness) continue;
    found.push({ word: surface, term, termId });
    if (already.length + found.length >= options.perWord) break;
  }
  return found;
}

/** WordNet neighbours of `word` that the corpus uses, as (surface word, term id), closest first. */
function findWordNetBridges(
  index: SearchIndex,
  lexicon: Lexicon,
  word: string,
  exclude: ReadonlySet<string>,
  limit: number,
): Bridge[] {
  const found: Bridge[] = [];
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

export function outletWordsOf(index: SearchIndex): ReadonlySet<string> {
  let words = outletWordsByIndex.get(index);
  if (words === undefined) {
    words = new Set(distinctOutlets(index.documents).flatMap((outlet) => analyzeText(outlet).map((t) => t.word)));
    outletWordsByIndex.set(index, words);
  }
  return words;
}

/** The corpus words `word` (which the corpus lacks) is bridged to, at most `options.perWord`, closest first. */
export function findBridges(
  index: SearchIndex,
  word: string,
  exclude: ReadonlySet<string>,
  options: BridgeOptions,
): Bridge[] {
  const lexicon = index.lexicon;
  const wordNet = lexicon
    ? verifyBridges(
        index,
        word,
        findWordNetBridges(index, lexicon, word, exclude, options.perWord * WORDNET_CANDIDATES_PER_BRIDGE),
        options.verifyFloor,
      ).slice(0, options.perWord)
    : [];
  return [...wordNet, ...findVectorBridges(index, word, exclude, wordNet, options)];
}
