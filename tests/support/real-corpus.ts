import { fileURLToPath } from 'node:url';
import { indexCorpus } from '../../src/corpus/index-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

export const realDocuments = loadCorpus(CORPUS_DIR);
// Built as the CLI and the bot build it (WordNet and word vectors), so tests see what users see.
export const realIndex = indexCorpus(realDocuments);
