// The index a server's questions are answered from: the shared corpus plus that server's own readings
// (or its readings alone when it switched the shared corpus off), never another server's. Built on
// first use and cached until the shared corpus is swapped or the server's readings change; a server
// with nothing of its own reads the shared snapshot itself, so most servers cost no memory.

import { listOutlets } from '../core/answer/compare-outlets.js';
import { buildDocument } from '../core/document/build-document.js';
import type { CorpusDocument } from '../core/document/types.js';
import type { SearchIndex } from '../core/retrieval/build-index.js';
import { indexCorpus } from '../corpus/index-corpus.js';
import type { CorpusSnapshot, LiveCorpus } from '../corpus/live-corpus.js';
import type { Reading, ReadingsStore } from '../store/index.js';

export interface GuildCorpus {
  readonly index: SearchIndex;
  /** Distinct outlet names, sorted. */
  readonly outlets: readonly string[];
  readonly sharedCorpus: boolean;
  /** How many of the documents are this server's own readings. */
  readonly readings: number;
}

export interface GuildIndexes {
  /** null (a direct message) reads the shared corpus. */
  indexFor(guildId: string | null): GuildCorpus;
  /** The server's readings or options changed: the next question rebuilds. */
  invalidate(guildId: string): void;
}

export interface GuildIndexesOptions {
  readonly corpus: LiveCorpus;
  readonly readings: ReadingsStore;
  /** Servers whose combined index is kept; the least recently used beyond this are rebuilt on demand. */
  readonly maxCached?: number;
  readonly onProblem?: (guildId: string, message: string) => void;
}

export const DEFAULT_MAX_CACHED_GUILDS = 100;

/** A stored reading as a corpus document; null when it no longer builds (it always did when stored). */
export function toCorpusDocument(reading: Reading): CorpusDocument | null {
  const built = buildDocument(reading.documentId, reading, reading.body);
  return built.kind === 'ok' ? built.document : null;
}

interface CacheEntry {
  readonly sharedVersion: number;
  readonly corpus: GuildCorpus;
}

function sharedOnly(snapshot: CorpusSnapshot): GuildCorpus {
  return { index: snapshot.index, outlets: snapshot.outlets, sharedCorpus: true, readings: 0 };
}

export function createGuildIndexes(options: GuildIndexesOptions): GuildIndexes {
  const maxCached = options.maxCached ?? DEFAULT_MAX_CACHED_GUILDS;
  const cache = new Map<string, CacheEntry>();

  /** null when the database cannot be read: answer from the shared corpus, and do not cache that. */
  const build = (guildId: string, snapshot: CorpusSnapshot): GuildCorpus | null => {
    const shared = options.readings.usesSharedCorpus(guildId);
    const stored = options.readings.listWithBodies(guildId);
    if (!shared.ok || !stored.ok) {
      options.onProblem?.(guildId, 'readings unavailable (database): answering from the shared corpus only');
      return null;
    }
    if (shared.value && stored.value.length === 0) return sharedOnly(snapshot);
    const own: CorpusDocument[] = [];
    for (const reading of stored.value) {
      const document = toCorpusDocument(reading);
      if (document === null) options.onProblem?.(guildId, `reading ${reading.documentId} no longer builds; left out`);
      else own.push(document);
    }
    const documents = shared.value ? [...snapshot.index.documents, ...own] : own;
    const index = indexCorpus(documents);
    return { index, outlets: listOutlets(index), sharedCorpus: shared.value, readings: own.length };
  };

  return {
    indexFor(guildId) {
      const snapshot = options.corpus.current();
      if (guildId === null) return sharedOnly(snapshot);
      const cached = cache.get(guildId);
      if (cached !== undefined && cached.sharedVersion === snapshot.version) {
        // Map order is insertion order: re-inserting marks it most recently used.
        cache.delete(guildId);
        cache.set(guildId, cached);
        return cached.corpus;
      }
      const corpus = build(guildId, snapshot);
      if (corpus === null) return sharedOnly(snapshot);
      cache.delete(guildId);
      cache.set(guildId, { sharedVersion: snapshot.version, corpus });
      while (cache.size > maxCached) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return corpus;
    },
    invalidate(guildId) {
      cache.delete(guildId);
    },
  };
}
