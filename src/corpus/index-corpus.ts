// The one way the product indexes documents: with the shared WordNet lexicon, so the CLI, the shared
// corpus the bot serves and every server's own index (shared corpus + readings) spell-correct and bridge
// vocabulary alike, and the bot gives the same answers as `npm run ask`.
import type { CorpusDocument } from '../core/document/types.js';
import { buildIndex, type SearchIndex } from '../core/retrieval/build-index.js';
import { sharedWordVectors } from '../lexicon/load-word-vectors.js';
import { sharedWordNet } from '../lexicon/load-wordnet.js';

export function indexCorpus(documents: readonly CorpusDocument[]): SearchIndex {
  return buildIndex(documents, { lexicon: sharedWordNet(), vectors: sharedWordVectors() });
}
