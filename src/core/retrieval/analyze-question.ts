// A question as weighted index terms: the text pipeline, chat shorthand the corpus lacks read as its words
// (chat-shorthand.ts), then spelling for words the corpus lacks, words it still lacks dropped when they
// behave like function words (function-likeness.ts), then bridging (WordNet and word vectors,
// bridge-words.ts) for the rest, and the question's word vector. Bounded: only the first
// MAX_QUESTION_CHARS characters are analysed and at most MAX_UNKNOWN_WORDS unknown words are corrected,
// judged or expanded, so no question costs more than a fixed amount of work whatever its length (issue 14).
import { type AnalyzedToken, analyzeText, stemWord } from '../text/analyze.js';
import { collapseElongation, expandShorthand } from '../text/chat-shorthand.js';
import { askedQuantity, type QuantityType } from '../text/quantity.js';
import { isStopword } from '../text/stopwords.js';
import { asksWhoIs } from '../text/who-question.js';
import { expandAcronym } from './acronyms.js';
import { type BridgeOptions, DEFAULT_BRIDGE, findBridges, outletWordsOf } from './bridge-words.js';
import type { SearchIndex } from './build-index.js';
import { embedQuestion } from './embed-index.js';
import { isFunctionLikeWord } from './function-likeness.js';
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
  /** The quantity asked for, a count or a sum of money (quantity.ts): only a passage stating one answers. */
  readonly askedQuantity: QuantityType | null;
  /**
   * "who is kislyak?": a question asking who someone is, about at most MAX_WHO_TERMS terms the corpus
   * has and nothing it lacks (who-question.ts); rank.ts puts each document's introduction of them first.
   */
  readonly asksWho: boolean;
  /** The question in the word-vector space (embed-index.ts), when the index has vectors and a word has one. */
  readonly vector?: Float32Array | undefined;
}

export type { BridgeOptions } from './bridge-words.js';
export { DEFAULT_BRIDGE } from './bridge-words.js';

/** Characters of a question that are analysed; the rest is ignored (a chat message, not a document). */
export const MAX_QUESTION_CHARS = 1000;
/** A "who is" question about more terms than this asks something else ("who is the adviser who…"). */
export const MAX_WHO_TERMS = 3;

/** Unknown words per question that are corrected or expanded; later ones only count as unknown. */
export const MAX_UNKNOWN_WORDS = 8;

/**
 * The tokens with each chat shorthand the corpus does not itself use replaced by the words it stands for
 * ("abt" → "about", dropped as a stopword; "govt" → "government"), and each acronym of a name the corpus
 * spells out by the name ("dnc" → "democratic national committee", acronyms.ts); those that leave a
 * searched word are recorded as corrections, so the answer says what was searched.
 */
function expandShorthandTokens(
  index: SearchIndex,
  tokens: readonly AnalyzedToken[],
  corrections: Correction[],
): AnalyzedToken[] {
  const expanded: AnalyzedToken[] = [];
  for (const token of tokens) {
    const known = index.termIds.has(token.term);
    const words = known
      ? null
      : (expandShorthand(token.word) ?? readAcronym(index, token.word) ?? readElongated(index, token.word));
    if (words === null) {
      expanded.push(token);
      continue;
    }
    const tokensOfWords = analyzeText(words);
    // "abt" → "about" leaves only a stopword: nothing searched, nothing worth telling the member.
    if (tokensOfWords.length > 0) corrections.push({ from: token.word, to: words });
    expanded.push(...tokensOfWords);
  }
  return expanded;
}

/** The name an acronym of three to five letters stands for in this corpus (acronyms.ts), or null. */
function readAcronym(index: SearchIndex, word: string): string | null {
  return /^[a-z]{3,5}$/.test(word) ? expandAcronym(index, word) : null;
}

/**
 * What a word with a letter held down stands for ("whooo" → "who", a stopword; "sooo" → "so"), when one
 * of its collapsed spellings is a stopword, a corpus word or a shorthand; else null (spelling may still
 * correct it).
 */
function readElongated(index: SearchIndex, word: string): string | null {
  for (const spelling of collapseElongation(word)) {
    if (isStopword(spelling) || index.termIds.has(stemWord(spelling))) return spelling;
    const shorthand = expandShorthand(spelling);
    if (shorthand !== null) return shorthand;
  }
  return null;
}

/**
 * Whether a word the corpus lacks is a stopword with two neighbouring letters swapped ("waht", "teh",
 * "abotu"): spelling corrects only towards corpus words, and a stopword is never one. A real English
 * word ("form", "from" swapped) is never taken for a typo.
 */
function isSwappedStopword(index: SearchIndex, word: string): boolean {
  if (word.length < 3 || word.length > 8) return false;
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    // WordNet is asked only once a swap gives a stopword: rare, and a lookup costs more than the swaps.
    if (isStopword(swapped)) return !index.lexicon?.isWord(word);
  }
  return false;
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
  const tokens = expandShorthandTokens(index, analyzeText(question.slice(0, MAX_QUESTION_CHARS)), corrections);
  for (const token of tokens) {
    let term = token.term;
    // "whats", "hows", "whos" typed without the apostrophe stem to a stopword ("what"): a term no index
    // holds, which would weigh as much as the corpus's rarest name.
    if (!index.termIds.has(term) && isStopword(term)) continue;
    if (!index.termIds.has(term)) {
      unknownSeen += 1;
      // Past the budget a word only counts as unknown: no spelling, no function-word check, no bridging.
      const inBudget = unknownSeen <= MAX_UNKNOWN_WORDS;
      if (inBudget && isSwappedStopword(index, token.word)) continue;
      const corrected = inBudget ? correctWord(token.word, index.wordFrequency, lexicon, spelling) : null;
      if (corrected !== null) {
        term = stemWord(corrected);
        corrections.push({ from: token.word, to: corrected });
        surfaces.push(corrected);
      } else {
        // Phrasing the corpus lacks ("guy", "basically", "honestly") says nothing about the subject: it
        // is dropped like a stopword instead of weighing as much as the corpus's rarest name.
        if (inBudget && isFunctionLikeWord(index, token.word)) continue;
        surfaces.push(token.word);
        unknownWords.push(token.word);
        if (inBudget && !unknownSurface.has(term)) unknownSurface.set(term, token.word);
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

  // Bridging: an unknown word hands `share` of its weight to the corpus words it is bridged to.
  const expansions: Expansion[] = [];
  const added = new Map<string, QueryTerm>();
  const terms: QueryTerm[] = [];
  const present = new Set(own.map((t) => t.term));
  const outletWords = outletWordsOf(index);
  for (const t of own) {
    const unknown = unknownSurface.get(t.term);
    const bridges =
      unknown !== undefined && !outletWords.has(unknown) ? findBridges(index, unknown, present, bridge) : [];
    if (bridges.length === 0) {
      terms.push(t);
      continue;
    }
    terms.push({ ...t, weight: (1 - bridge.share) * t.weight });
    const each = (bridge.share * t.weight) / bridges.length;
    for (const b of bridges) {
      expansions.push({ from: unknown as string, to: b.word });
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
    askedQuantity: askedQuantity(question.slice(0, MAX_QUESTION_CHARS)),
    asksWho:
      asksWhoIs(question) && own.length <= MAX_WHO_TERMS && own.every((t) => t.termId >= 0) && expansions.length === 0,
    ...(vector ? { vector } : {}),
  };
}
