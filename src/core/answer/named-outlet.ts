// "What does Occupy Democrats say about ..." names an outlet: the answer should prefer that outlet's
// paragraphs, without refusing to show another outlet when only it answers. The name is found as whole
// words, ignoring case, punctuation and a leading "The" ("moscow times" names The Moscow Times). The
// order is ranked on the question without the name (it says where to look, not what to look for: "Moscow
// Times" must not pull in every paragraph that says Moscow), while the no-answer decision still reads
// the whole question (without the name, dev2 outlet questions whose subject is "Moscow" were refused).
import type { SearchIndex } from '../retrieval/build-index.js';

export interface NamedOutlet {
  /** The outlet as the corpus spells it. */
  readonly outlet: string;
  /** The question without the name. */
  readonly rest: string;
}

/** How much a paragraph of the named outlet is preferred: its score × (1 + this) when ordering. */
export const NAMED_OUTLET_PREFERENCE = 0.3;

function simplify(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

export function findNamedOutlet(index: SearchIndex, question: string): NamedOutlet | null {
  const simple = simplify(question);
  let best: { outlet: string; name: string } | null = null;
  for (const outlet of new Set(index.documents.map((d) => d.outlet))) {
    for (const name of new Set([simplify(outlet), simplify(outlet.replace(/^the\s+/i, ''))])) {
      if (name.trim() === '' || !simple.includes(name)) continue;
      if (best === null || name.length > best.name.length) best = { outlet, name };
    }
  }
  if (best === null) return null;
  return { outlet: best.outlet, rest: simple.replace(best.name, ' ').trim() };
}
