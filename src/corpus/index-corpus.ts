// The one way the product indexes documents: with the shared WordNet lexicon and word vectors, so the
// CLI, the shared corpus the bot serves and every server's own index (shared corpus + readings)
// spell-correct and bridge vocabulary alike, and the bot gives the same answers as `npm run ask`. The
// lab's harnesses index through it too (passing a scoring variant when they compare formulas), so what
// `npm run eval` measures is what the bot answers.
import type { CorpusDocument } from '../core/document/types.js';
import { buildIndex, type SearchIndex } from '../core/retrieval/build-index.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../core/retrieval/score.js';
import { sharedWordVectors } from '../lexicon/load-word-vectors.js';
import { sharedWordNet } from '../lexicon/load-wordnet.js';

export function indexCorpus(documents: readonly CorpusDocument[], scoring: ScoringOptions = DEFAULT_SCORING): SearchIndex {
  return buildIndex(documents, { scoring, lexicon: sharedWordNet(), vectors: sharedWordVectors() });
}
