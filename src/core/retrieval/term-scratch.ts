// Per-term scratch space for one index, reused by every question: reranking asks "is this token one of
// the question's terms?" and "how many votes has this term?" for hundreds of tokens a question, and a
// typed array indexed by term id answers both faster than a Map (whose number keys above 2^31 are
// boxed and hashed). Callers leave every slot they touched at zero again. Answering is synchronous, so
// two questions never share it.
import type { SearchIndex } from './build-index.js';

export interface TermScratch {
  /** 1 for the terms a step is looking for, else 0. */
  readonly marks: Uint8Array;
  /** A number per term (feedback votes), else 0. */
  readonly values: Float64Array;
}

const scratchByIndex = new WeakMap<SearchIndex, TermScratch>();

export function termScratchFor(index: SearchIndex): TermScratch {
  let scratch = scratchByIndex.get(index);
  if (scratch === undefined) {
    const terms = index.documentFrequency.length;
    scratch = { marks: new Uint8Array(terms), values: new Float64Array(terms) };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}
