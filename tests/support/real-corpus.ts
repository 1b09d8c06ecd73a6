import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/core/retrieval/build-index.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

export const realDocuments = loadCorpus(CORPUS_DIR);
export const realIndex = buildIndex(realDocuments);
