// CORPUS_DIR changes while the bot runs and members keep asking: a good file is answered from within
// seconds, a bad one leaves the previous corpus serving (one log line, one mod-log notice), a removal
// takes its quotes away, and a burst of files is one rebuild.
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READINGS_CONFIG } from '../../src/config/load-readings-config.js';
import { NOT_OWNER_MESSAGE } from '../../src/discord/commands/corpus.js';
import { listAnsweringOutlets } from '../support/answer-embeds.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isCallback, isOriginalEdit } from '../support/fake-discord/index.js';
import { copyCorpus, fixtureCorpusFile } from '../support/temp-corpus.js';

const DOCK_QUESTION = 'Why did cranes at the Eastern Quay container terminal stand still?';
const GAZETTE = 'The Harbour Gazette';

let h: Harness;
let dir: string;
beforeAll(async () => {
  dir = copyCorpus();
  h = await startHarness(
    {
      corpusDir: dir,
      databasePath: join(dir, '..', `${basename(dir)}.sqlite`),
      readings: { ...DEFAULT_READINGS_CONFIG, ownerGuildId: '' },
    },
    { watchCorpus: { quietMs: 100, maxWaitMs: 1_000 } },
  );
  // The owner's server is the fake's guild; its mod log is the second channel.
  Object.assign(h.bot.context.readings, { ownerGuildId: h.discord.guildId });
  const saved = h.bot.context.store.settings.update(
    h.discord.guildId,
    { modLogChannelId: h.discord.otherChannelId },
    null,
  );
  expect(saved.ok).toBe(true);
});
afterAll(async () => h?.stop());

/** The outlets the answer quotes, or [] for "nothing found". The asker is a moderator: no cooldown. */
async function askOutlets(question: string): Promise<string[]> {
  const interaction = h.discord.slashCommand('ask', { question });
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  const edit = await h.discord.waitForRequest(isOriginalEdit(interaction));
  return listAnsweringOutlets(edit.body);
}

function reloadLogs(): number {
  return h.logs.filter((line) => line.msg === 'corpus reloaded').length;
}

/** The shared-corpus notices in the owner's mod log (answers post their own lines there too). */
function modLogPosts(): string[] {
  return h.discord.rest.requests
    .filter((r) => r.method === 'POST' && r.path === `/channels/${h.discord.otherChannelId}/messages`)
    .map((r) => String(r.body.content))
    .filter((content) => content.startsWith('Shared corpus'));
}

describe('hot reload of CORPUS_DIR', () => {
  it('answers from an added file within seconds, while other questions keep being answered', async () => {
    expect(await askOutlets(DOCK_QUESTION)).toEqual([]);
    const version = h.bot.context.corpus.current().version;
    let swapped = 0;
    const watch = setInterval(() => {
      if (swapped === 0 && h.bot.context.corpus.current().version > version) swapped = performance.now();
    }, 5);
    const written = performance.now();
    writeFileSync(join(dir, 'gazette-port-strike.md'), fixtureCorpusFile('harbour-gazette-port-strike.html', 'x'));
    let answered: string[] = [];
    let asked = 0;
    while (!answered.includes(GAZETTE) && performance.now() - written < 10_000) {
      // The old corpus keeps answering its own questions during the rebuild.
      const [old, dock] = await Promise.all([askOutlets('Who is Carter Page?'), askOutlets(DOCK_QUESTION)]);
      expect(old.length).toBeGreaterThan(0);
      answered = dock;
      asked++;
    }
    const ms = Math.round(performance.now() - written);
    clearInterval(watch);
    console.info(
      `file change to index swap: ${Math.round(swapped - written)} ms; to new answer: ${ms} ms (${asked} rounds)`,
    );
    expect(answered).toContain(GAZETTE);
    expect(ms).toBeLessThan(5_000);
  });

  it('keeps the previous corpus on a bad file: one log line naming file and field, one mod-log notice', async () => {
    const logsBefore = h.logs.length;
    const postsBefore = modLogPosts().length;
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: A title but no outlet\n---\nSome text.\n');
    await expect.poll(() => modLogPosts().length, { timeout: 5_000 }).toBe(postsBefore + 1);
    expect(modLogPosts().at(-1)).toMatch(/broken\.md: outlet: required.*previous corpus/u);
    const warnings = h.logs.slice(logsBefore).filter((line) => String(line.msg).startsWith('corpus not reloaded'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.msg)).toMatch(/broken\.md: outlet: required/u);
    expect(await askOutlets(DOCK_QUESTION)).toContain(GAZETTE);

    // The same problem again (the file saved once more) is not announced twice.
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: A title but no outlet\n---\nSome text.\n');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(modLogPosts()).toHaveLength(postsBefore + 1);
    rmSync(join(dir, 'broken.md'));
    await expect.poll(() => h.bot.context.corpus.current().index.documents.length, { timeout: 5_000 }).toBe(3);
  });

  it('stops quoting a removed file', async () => {
    rmSync(join(dir, 'gazette-port-strike.md'));
    await expect.poll(() => askOutlets(DOCK_QUESTION), { timeout: 5_000, interval: 100 }).toEqual([]);
  });

  it('makes one rebuild of a burst of files', async () => {
    const before = reloadLogs();
    for (let i = 0; i < 25; i++)
      writeFileSync(
        join(dir, `burst-${i}.md`),
        `---\noutlet: Burst Weekly\ntitle: Burst ${i}\n---\nNumber ${i} of the burst.\n`,
      );
    await expect.poll(() => reloadLogs(), { timeout: 5_000 }).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reloadLogs()).toBe(before + 1);
    expect(h.bot.context.outlets).toContain('Burst Weekly');
  });
});

describe('/corpus reload', () => {
  it('reloads for a moderator of the owner server and says how many documents', async () => {
    const interaction = h.discord.slashCommand('corpus', {});
    (interaction.data as { options: unknown[] }).options = [{ name: 'reload', type: 1, options: [] }];
    h.discord.dispatch('INTERACTION_CREATE', interaction);
    await h.discord.waitForRequest(isCallback(interaction));
    const edit = await h.discord.waitForRequest(isOriginalEdit(interaction));
    expect(edit.body.content).toMatch(/^Reloaded: 27 documents/u);
  });

  it('refuses a member who is neither owner nor moderator there', async () => {
    const interaction = h.discord.slashCommand('corpus', {}, h.discord.member);
    (interaction.data as { options: unknown[] }).options = [{ name: 'reload', type: 1, options: [] }];
    h.discord.dispatch('INTERACTION_CREATE', interaction);
    const edit = await h.discord.waitForRequest(isOriginalEdit(interaction));
    expect(edit.body.content).toBe(NOT_OWNER_MESSAGE);
  });
});
