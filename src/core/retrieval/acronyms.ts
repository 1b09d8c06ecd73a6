// Acronyms the corpus spells out: "dnc" for the Democratic National Committee. A member types the
// letters, the article writes the name, and neither spelling, WordNet nor the word vectors connect the
// two. Read from the corpus itself: every run of three to five capitalised words in a paragraph (function
// words such as "of" allowed inside: "Federal Bureau of Investigation") gives its initials. An acronym is
// read only when it is not an English word ("can"; "nsa" is WordNet's National Security Agency) and one
// name claims it more often than any other. Built on the first question that needs it (SQuAD's 2,067
// paragraphs: ~45 ms) and kept per index.
import { isStopword } from '../text/stopwords.js';
import type { SearchIndex } from './build-index.js';

const NAME = /\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on|in)\s+)?[A-Z][a-z]+){1,4}/g;
const LINKING = /\s+(?:(?:of|and|for|the|on|in)\s+)?/;

const byIndex = new WeakMap<SearchIndex, ReadonlyMap<string, string>>();

/** The acronyms of `index`'s paragraphs, each mapped to the name it stands for, in lower case (English words included: expandAcronym leaves those out). */
export function acronymsOf(index: SearchIndex): ReadonlyMap<string, string> {
  let acronyms = byIndex.get(index);
  if (acronyms === undefined) {
    acronyms = collectAcronyms(index);
    byIndex.set(index, acronyms);
  }
  return acronyms;
}

/**
 * Paragraphs read for acronyms (~20 µs each): a corpus's names recur, and the first question that needs
 * the table must not wait seconds for a very large one.
 */
export const MAX_ACRONYM_PARAGRAPHS = 20_000;

function collectAcronyms(index: SearchIndex): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { paragraph } of index.paragraphs.slice(0, MAX_ACRONYM_PARAGRAPHS))
    for (const match of paragraph.text.matchAll(NAME)) {
      // A sentence's capitalised first word is not part of the name when it is a stopword ("The New
      // York Times" is NYT, "In Carter Page's…" is no acronym).
      const words = match[0].split(LINKING).filter((w, i) => i > 0 || !isStopword(w.toLowerCase()));
      if (words.length < 3 || words.length > 5) continue;
      const acronym = words
        .map((w) => w[0])
        .join('')
        .toLowerCase();
      const name = words.join(' ').toLowerCase();
      const names = counts.get(acronym) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      counts.set(acronym, names);
    }
  const acronyms = new Map<string, string>();
  for (const [acronym, names] of counts) {
    const [best, second] = [...names].sort((a, b) => b[1] - a[1]);
    if (best !== undefined && (second === undefined || best[1] > second[1])) acronyms.set(acronym, best[0]);
  }
  return acronyms;
}

/**
 * The name `word` stands for in this corpus, or null: never for an English word, which is asked of
 * WordNet here, for the one word, rather than for every acronym when the table is built.
 */
export function expandAcronym(index: SearchIndex, word: string): string | null {
  const name = acronymsOf(index).get(word);
  return name === undefined || index.lexicon?.isWord(word) ? null : name;
}
