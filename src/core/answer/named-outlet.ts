// "What does Occupy Democrats say about ..." names an outlet: the answer should prefer that outlet's
// paragraphs, without refusing to show another outlet when only it answers. The name is found as whole
// words, ignoring case, punctuation and a leading "The" ("moscow times" names The Moscow Times). The
// order is ranked on the question without the name (it says where to look, not what to look for: "Moscow
// Times" must not pull in every paragraph that says Moscow), while the no-answer decision still reads
// the whole question (without the name, dev2 outlet questions whose subject is "Moscow" were refused),
// less the name's words that the corpus never uses ("Occupy"): those can only count as missing.
import { distinctOutlets } from '../document/distinct-outlets.js';
import type { SearchIndex } from '../retrieval/build-index.js';
import { expandShorthandInText } from '../text/chat-shorthand.js';

export interface NamedOutlet {
  /** The outlet as the corpus spells it. */
  readonly outlet: string;
  /** The question without the name. */
  readonly rest: string;
  /**
   * The question without those words of the name that the corpus never uses ("Occupy" of Occupy
   * Democrats): they say where to look and cannot match any text, so they only count as missing.
   */
  readonly withoutUnknownNameWords: string;
}

/** How much a paragraph of the named outlet is preferred: its score × (1 + this) when ordering. */
export const NAMED_OUTLET_PREFERENCE = 0.6;

function simplify(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

// The names each outlet can be called by, computed once per index (a corpus has thousands of documents
// and a handful of outlets).
const namesByIndex = new WeakMap<SearchIndex, ReadonlyArray<{ outlet: string; name: string }>>();

function outletNames(index: SearchIndex): ReadonlyArray<{ outlet: string; name: string }> {
  let names = namesByIndex.get(index);
  if (names === undefined) {
    names = distinctOutlets(index.documents).flatMap((outlet) =>
      [...new Set([simplify(outlet), simplify(outlet.replace(/^the\s+/i, ''))])]
        .filter((name) => name.trim() !== '')
        .map((name) => ({ outlet, name })),
    );
    namesByIndex.set(index, names);
  }
  return names;
}

export function findNamedOutlet(index: SearchIndex, question: string): NamedOutlet | null {
  // "occupy dems" names Occupy Democrats too: shorthand is read as its words (chat-shorthand.ts).
  const simple = simplify(expandShorthandInText(question, (word) => index.wordFrequency.has(word)));
  let best: { outlet: string; name: string } | null = null;
  for (const candidate of outletNames(index))
    if (simple.includes(candidate.name) && (best === null || candidate.name.length > best.name.length))
      best = candidate;
  if (best === null) return null;
  const unknownWords = best.name
    .trim()
    .split(' ')
    .filter((word) => !index.wordFrequency.has(word));
  const withoutUnknownNameWords = unknownWords.reduce(
    (text, word) => text.replace(new RegExp(`\\b${word}\\b`, 'gi'), ' '),
    question,
  );
  return { outlet: best.outlet, rest: simple.replace(best.name, ' ').trim(), withoutUnknownNameWords };
}
