import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/core/retrieval/build-index.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { sharedWordNet } from '../../src/lexicon/load-wordnet.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

export const realDocuments = loadCorpus(CORPUS_DIR);
// With WordNet, as the CLI and the bot build it, so tests see what users see.
export const realIndex = buildIndex(realDocuments, { lexicon: sharedWordNet() });
