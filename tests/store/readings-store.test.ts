import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READINGS_LIMITS } from '../../src/config/load-readings-config.js';
import type { ReadingInput } from '../../src/store/index.js';
import { openStore } from '../../src/store/open-store.js';
import { makeTempDir } from '../support/temp-store.js';

function reading(guildId: string, documentId: string, paragraphs = 2): ReadingInput {
  return {
    guildId,
    documentId,
    outlet: 'The Harbour Gazette',
    title: `Title of ${documentId}`,
    author: null,
    url: 'https://harbourgazette.example/a',
    published: '2024-03-07',
    exclude: ['Advertisement'],
    body: Array.from({ length: paragraphs }, (_, i) => `Paragraph “${i + 1}”\u00a0here.`).join('\n\n'),
    paragraphCount: paragraphs,
    sourceKind: 'html',
    sourceName: 'page.html',
    original: new TextEncoder().encode('<html>original bytes</html>'),
    addedBy: '111111111111111111',
  };
}

function open(path: string) {
  return openStore({ path, now: () => 1_700_000_000_000 });
}

describe('readings store', () => {
  it('stores the original bytes, the body verbatim and the metadata, and keeps them across a restart', () => {
    const path = join(makeTempDir(), 'bot.sqlite');
    const store = open(path);
    const added = store.readings.add(reading('g1', 'reading-a'), DEFAULT_READINGS_LIMITS);
    expect(added).toMatchObject({
      ok: true,
      value: { kind: 'added', reading: { documentId: 'reading-a', addedAt: 1_700_000_000_000 } },
    });
    store.close();
    const reopened = open(path);
    const got = reopened.readings.get('g1', 'reading-a');
    expect(got).toMatchObject({
      ok: true,
      value: {
        body: 'Paragraph “1”\u00a0here.\n\nParagraph “2”\u00a0here.',
        exclude: ['Advertisement'],
        published: '2024-03-07',
        addedBy: '111111111111111111',
      },
    });
    const original = reopened.readings.getOriginal('g1', 'reading-a');
    expect(original.ok && new TextDecoder().decode(original.value ?? new Uint8Array())).toBe(
      '<html>original bytes</html>',
    );
    reopened.close();
  });

  it('keeps each server to its own readings', () => {
    const store = open(join(makeTempDir(), 'bot.sqlite'));
    store.readings.add(reading('g1', 'reading-a'), DEFAULT_READINGS_LIMITS);
    store.readings.add(reading('g2', 'reading-b'), DEFAULT_READINGS_LIMITS);
    expect(store.readings.list('g1')).toMatchObject({ ok: true, value: [{ documentId: 'reading-a' }] });
    expect(store.readings.get('g2', 'reading-a')).toEqual({ ok: true, value: null });
    expect(store.readings.remove('g2', 'reading-a', 'mod')).toEqual({ ok: true, value: null });
    expect(store.readings.list('g1')).toMatchObject({ ok: true, value: [{ documentId: 'reading-a' }] });
    expect(store.readings.remove('g1', 'reading-a', 'mod')).toMatchObject({
      ok: true,
      value: { documentId: 'reading-a' },
    });
    expect(store.readings.list('g1')).toEqual({ ok: true, value: [] });
    // the audit keeps both changes, with who made them, after the reading is gone
    expect(store.readings.listChanges('g1')).toMatchObject({
      ok: true,
      value: [
        { action: 'remove', documentId: 'reading-a', userId: 'mod' },
        { action: 'add', documentId: 'reading-a', userId: '111111111111111111' },
      ],
    });
    expect(store.readings.listChanges('g2')).toMatchObject({
      ok: true,
      value: [{ action: 'add', documentId: 'reading-b' }],
    });
    store.close();
  });

  it('refuses past each limit, and a duplicate id', () => {
    const store = open(join(makeTempDir(), 'bot.sqlite'));
    const limits = { documentsPerServer: 2, bytesPerDocument: 20, paragraphsPerServer: 5 };
    expect(store.readings.add(reading('g', 'a', 2), limits)).toMatchObject({
      value: { kind: 'too-large', limit: 20, bytes: 27 },
    });
    const roomy = { ...limits, bytesPerDocument: 1000 };
    expect(store.readings.add(reading('g', 'a', 2), roomy)).toMatchObject({ value: { kind: 'added' } });
    expect(store.readings.add(reading('g', 'a', 1), roomy)).toMatchObject({ value: { kind: 'exists' } });
    expect(store.readings.add(reading('g', 'b', 4), roomy)).toMatchObject({
      value: { kind: 'too-many-paragraphs', limit: 5, used: 2 },
    });
    expect(store.readings.add(reading('g', 'b', 3), roomy)).toMatchObject({ value: { kind: 'added' } });
    expect(store.readings.add(reading('g', 'c', 1), { ...roomy, paragraphsPerServer: 100 })).toMatchObject({
      value: { kind: 'too-many-documents', limit: 2 },
    });
    // another server is not counted against this one
    expect(store.readings.add(reading('other', 'c', 1), roomy)).toMatchObject({ value: { kind: 'added' } });
    store.close();
  });

  it('leaves readings alone on /forget-me and retention', () => {
    const store = open(join(makeTempDir(), 'bot.sqlite'));
    store.readings.add(reading('g', 'reading-a'), DEFAULT_READINGS_LIMITS);
    store.retention.forgetUser('111111111111111111', 'g');
    store.retention.purgeExpired();
    expect(store.readings.list('g')).toMatchObject({ ok: true, value: [{ documentId: 'reading-a' }] });
    store.close();
  });

  it('reads the shared corpus as on until a server switches it off', () => {
    const store = open(join(makeTempDir(), 'bot.sqlite'));
    expect(store.readings.usesSharedCorpus('g')).toEqual({ ok: true, value: true });
    store.readings.setSharedCorpus('g', false, 'mod');
    expect(store.readings.usesSharedCorpus('g')).toEqual({ ok: true, value: false });
    expect(store.readings.listChanges('g')).toMatchObject({
      ok: true,
      value: [{ action: 'shared-off', userId: 'mod' }],
    });
    expect(store.readings.usesSharedCorpus('other')).toEqual({ ok: true, value: true });
    store.close();
  });
});
