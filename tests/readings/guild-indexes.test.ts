// A server's own index (shared corpus + its readings) must answer as the shared index and the CLI do:
// the same spelling correction, WordNet and word-vector bridging, so the same question gets the same treatment.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READINGS_LIMITS } from '../../src/config/load-readings-config.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { createLiveCorpus } from '../../src/corpus/live-corpus.js';
import { createGuildIndexes } from '../../src/readings/guild-indexes.js';
import { openStore } from '../../src/store/open-store.js';
import { CORPUS_DIR } from '../support/real-corpus.js';
import { closeAfterTest, makeTempDir } from '../support/temp-store.js';

describe('per-server indexes', () => {
  it('are built with the same lexicon as the shared corpus, so a misspelled name is searched alike', () => {
    const store = openStore({ path: join(makeTempDir(), 'bot.sqlite'), now: () => 1_700_000_000_000 });
    closeAfterTest(() => store.close());
    const added = store.readings.add(
      {
        guildId: 'g1',
        documentId: 'harbour-notes',
        outlet: 'The Harbour Gazette',
        title: 'Harbour notes',
        author: null,
        url: null,
        published: null,
        exclude: [],
        body: 'The harbour opened a new quay on Monday.',
        paragraphCount: 1,
        sourceKind: 'text',
        sourceName: 'notes.txt',
        original: new TextEncoder().encode('The harbour opened a new quay on Monday.'),
        addedBy: '111111111111111111',
      },
      DEFAULT_READINGS_LIMITS,
    );
    expect(added.ok).toBe(true);
    const corpus = createLiveCorpus(CORPUS_DIR);
    const indexes = createGuildIndexes({ corpus, readings: store.readings });
    const own = indexes.indexFor('g1');
    expect(own.readings).toBe(1);
    expect(own.index).not.toBe(corpus.current().index);
    expect(own.index.lexicon).toBeDefined();
    // "Pyskof" sounds like Peskov: searched as the corpus word in both indexes (phonetic spelling).
    const shared = answerQuestion(corpus.current().index, 'Who is Pyskof?');
    const inServer = answerQuestion(own.index, 'Who is Pyskof?');
    expect(shared.corrections).toEqual([{ from: 'pyskof', to: 'peskov' }]);
    expect(inServer.corrections).toEqual(shared.corrections);
    // The word vectors too: "envoy" is bridged to the same corpus words, and similarity can rank.
    expect(own.index.embedding).toBeDefined();
    const sharedEnvoy = answerQuestion(corpus.current().index, 'Who was the Russian envoy?');
    const serverEnvoy = answerQuestion(own.index, 'Who was the Russian envoy?');
    expect(sharedEnvoy.expansions).toContainEqual({ from: 'envoy', to: 'ambassador' });
    expect(serverEnvoy.expansions).toEqual(sharedEnvoy.expansions);
  });
});
