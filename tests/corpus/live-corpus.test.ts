import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLiveCorpus } from '../../src/corpus/live-corpus.js';
import { watchCorpus } from '../../src/corpus/watch-corpus.js';
import { copyCorpus, fixtureCorpusFile } from '../support/temp-corpus.js';

describe('createLiveCorpus', () => {
  it('swaps in a new snapshot and leaves the one a reader holds untouched', () => {
    const dir = copyCorpus();
    const live = createLiveCorpus(dir);
    const held = live.current();
    const before = held.index.documents.length;
    writeFileSync(join(dir, 'gazette.md'), fixtureCorpusFile('harbour-gazette-port-strike.html', 'gazette'));
    const outcome = live.reload();
    expect(outcome.kind).toBe('reloaded');
    expect(live.current().index.documents).toHaveLength(before + 1);
    expect(live.current().version).toBe(held.version + 1);
    expect(live.current().outlets).toContain('The Harbour Gazette');
    // the question that started on `held` still sees the corpus it started with
    expect(held.index.documents).toHaveLength(before);
    expect(held.outlets).not.toContain('The Harbour Gazette');
  });

  it('keeps serving the old snapshot on a bad file and reports the same problem once', () => {
    const dir = copyCorpus();
    const live = createLiveCorpus(dir);
    const good = live.current();
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: No outlet\n---\nText.\n');
    const first = live.reload();
    expect(first).toMatchObject({ kind: 'invalid', isNew: true, problems: [{ field: 'outlet', message: 'required' }] });
    if (first.kind === 'invalid') expect(first.problems[0]?.file).toMatch(/broken\.md$/u);
    expect(live.current()).toBe(good);
    expect(live.reload()).toMatchObject({ kind: 'invalid', isNew: false });
    rmSync(join(dir, 'broken.md'));
    expect(live.reload().kind).toBe('reloaded');
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: No outlet\n---\nText.\n');
    expect(live.reload()).toMatchObject({ kind: 'invalid', isNew: true });
  });

  it('refuses to start on a bad corpus', () => {
    const dir = copyCorpus();
    writeFileSync(join(dir, 'broken.md'), 'no front matter');
    expect(() => createLiveCorpus(dir)).toThrow(/broken\.md: front matter/u);
  });
});

describe('watchCorpus', () => {
  it('turns a burst of writes into one call, and ignores files that are not .md', async () => {
    const dir = copyCorpus();
    let calls = 0;
    const watcher = watchCorpus(dir, () => calls++, (error) => { throw error; }, { quietMs: 150, maxWaitMs: 3_000 });
    try {
      writeFileSync(join(dir, 'notes.txt'), 'not a document');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(calls).toBe(0);
      for (let i = 0; i < 20; i++) writeFileSync(join(dir, `burst-${i}.md`), `---\noutlet: A\ntitle: T${i}\n---\nBody ${i}.\n`);
      await expect.poll(() => calls, { timeout: 3_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(calls).toBe(1);
    } finally {
      watcher.close();
    }
  });

  it('fires by the deadline even while events keep coming', async () => {
    const dir = copyCorpus();
    let calls = 0;
    const watcher = watchCorpus(dir, () => calls++, () => {}, { quietMs: 200, maxWaitMs: 500 });
    const started = performance.now();
    try {
      while (calls === 0 && performance.now() - started < 3_000) {
        writeFileSync(join(dir, 'busy.md'), `---\noutlet: A\ntitle: T\n---\n${performance.now()}\n`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(calls).toBe(1);
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      watcher.close();
    }
  });
});
