// Per-server readings through the fake Discord: preview, edit, confirm, answers from them at once, two
// servers that never see each other's readings, limits, removal, restart persistence, the shared corpus
// switched off, and a shared-corpus reload while a server has readings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READINGS_CONFIG } from '../../src/config/load-readings-config.js';
import { NOT_MODERATOR_MESSAGE } from '../../src/discord/gates/moderator-gate.js';
import { CANCELLED_MESSAGE, NOT_YOUR_DRAFT_MESSAGE } from '../../src/discord/readings/reading-messages.js';
import { toVisibleText } from '../../src/discord/render/highlight.js';
import { type Harness, makeDatabasePath, startHarness } from '../support/bot-harness.js';
import { makeSnowflake } from '../support/fake-discord/index.js';
import { type PageServer, startPageServer } from '../support/page-server.js';
import { CALLBACK, createReadingsDriver, customIdsOf, inGuild } from '../support/readings-driver.js';
import { REPO_ROOT } from '../support/real-corpus.js';
import { copyCorpus } from '../support/temp-corpus.js';

const DOCK = 'Why did cranes at the Eastern Quay container terminal stand still?';
const COUNCIL = 'How much did council tax rise under the budget?';
const GAZETTE = 'The Harbour Gazette';
const LIMITS = { documentsPerServer: 2, bytesPerDocument: 64 * 1024, paragraphsPerServer: 40 };

let pages: PageServer;
let h: Harness;
let dir: string;
let databasePath: string;
const otherGuild = makeSnowflake();
const config = () => ({
  corpusDir: dir,
  databasePath,
  readings: {
    ...DEFAULT_READINGS_CONFIG,
    limits: LIMITS,
    fetch: { ...DEFAULT_READINGS_CONFIG.fetch, allowHosts: ['127.0.0.1'] },
  },
});
const d = createReadingsDriver(() => h);

beforeAll(async () => {
  pages = await startPageServer();
  dir = copyCorpus();
  databasePath = makeDatabasePath('readings-');
  h = await startHarness(config(), { watchCorpus: { quietMs: 100, maxWaitMs: 1_000 } });
  const saved = h.bot.context.store.settings.update(
    h.discord.guildId,
    { modLogChannelId: h.discord.otherChannelId },
    null,
  );
  expect(saved.ok).toBe(true);
});
afterAll(async () => {
  await h?.stop();
  await pages?.close();
});

function modLog(): string[] {
  return h.discord.rest.requests
    .filter((r) => r.method === 'POST' && r.path === `/channels/${h.discord.otherChannelId}/messages`)
    .map((r) => String(r.body.content))
    .filter((line) => line.startsWith('Reading'));
}

let gazetteId = '';

describe('/readings add', () => {
  it('previews a page before storing anything: metadata, paragraph count, first paragraphs, furniture', async () => {
    const { callback, body } = await d.send(d.readings('add', { url: `${pages.origin}/article` }));
    expect(callback.body.type).toBe(CALLBACK.defer);
    expect(callback.body.data.flags).toBe(64);
    const [embed] = body.embeds;
    expect(embed.author.name).toBe(GAZETTE);
    expect(embed.title).toBe('Dockworkers walk out as port talks collapse');
    const field = (name: string) =>
      toVisibleText(embed.fields.find((f: { name: string }) => f.name === name)?.value ?? '');
    expect(field('Author')).toBe('Marta Kovač');
    expect(field('Date')).toBe('2024-03-07');
    expect(field('Paragraphs')).toBe('13 (8 quoted, 5 proposed as furniture)');
    expect(field('First paragraphs')).toMatch(/^> Cranes at the Eastern Quay/u);
    expect(field('Proposed furniture')).toMatch(/#5 advertisement marker: Advertisement/u);
    expect(customIdsOf(body).map((id) => id.split(':')[1])).toEqual(['confirm', 'edit', 'cancel']);
    // nothing stored yet, nothing quoted yet
    expect(h.bot.context.store.readings.list(h.discord.guildId)).toEqual({ ok: true, value: [] });
    expect(await d.askOutlets(DOCK)).toEqual([]);

    // Only the moderator who asked may confirm.
    const [confirm = ''] = customIdsOf(body);
    const stranger = await d.send(d.press(confirm, body.message, h.discord.otherUser));
    expect(stranger.body.content).toBe(NOT_YOUR_DRAFT_MESSAGE);

    const confirmed = await d.send(d.press(confirm, body.message));
    expect(confirmed.callback.body.type).toBe(CALLBACK.update);
    expect(confirmed.body.content).toMatch(/^Added `reading-harbour-gazette-dockworkers/u);
    gazetteId = /`([^`]+)`/u.exec(confirmed.body.content)?.[1] ?? '';
    // quoted at once, attributed to the page's outlet
    expect(await d.askOutlets(DOCK)).toContain(GAZETTE);
    await expect
      .poll(() => modLog().at(-1))
      .toMatch(new RegExp(`^Reading added by <@${h.discord.user.id}>: \`${gazetteId}\``, 'u'));
  });

  it('edits missing metadata in a modal before confirming, from an attached file', async () => {
    const html = readFileSync(join(REPO_ROOT, 'tests/fixtures/pages/bare-notes-page.html'));
    const url = pages.serve('/attachments/notes.html', html, 'application/octet-stream');
    const { body } = await d.send(
      d.readings('add', { file: { attachment: { name: 'notes.html', url, size: html.length } } }),
    );
    expect(body.content).toMatch(/The outlet is required: use \*\*Edit metadata\*\*/u);
    const [confirm, edit] = body.components[0].components;
    expect(confirm.disabled).toBe(true);
    const opened = await d.send(d.press(edit.custom_id, body.message));
    expect(opened.callback.body.type).toBe(CALLBACK.modal);
    const inputs = opened.callback.body.data.components.map((row: { components: unknown[] }) => row.components[0]);
    expect(inputs.map((i: { custom_id: string }) => i.custom_id)).toEqual([
      'outlet',
      'title',
      'author',
      'published',
      'url',
    ]);
    expect(inputs[1].value).toBe('Notes on the river survey');
    expect(inputs[0].value).toBeUndefined();

    const modalId = opened.callback.body.data.custom_id;
    const bad = await d.send(
      d.submitModal(
        modalId,
        { outlet: 'River Club', title: 'Survey', author: '', published: 'June', url: '' },
        body.message,
      ),
    );
    expect(bad.body.content).toMatch(/^Not changed: published must be a date/u);
    const submitted = await d.send(
      d.submitModal(
        modalId,
        {
          outlet: 'River Club',
          title: 'Notes on the river survey',
          author: 'Ana Ruiz',
          published: '2024-06-30',
          url: '',
        },
        body.message,
      ),
    );
    expect(submitted.callback.body.type).toBe(CALLBACK.update);
    expect(submitted.body.embeds[0].author.name).toBe('River Club');
    const confirmed = await d.send(d.press(customIdsOf(submitted.body)[0] ?? '', body.message));
    expect(confirmed.body.content).toMatch(/^Added `reading-river-club-notes-on-the-river-survey`/u);
    const stored = h.bot.context.store.readings.get(h.discord.guildId, 'reading-river-club-notes-on-the-river-survey');
    expect(stored).toMatchObject({
      ok: true,
      value: { author: 'Ana Ruiz', published: '2024-06-30', sourceName: 'notes.html' },
    });
    const original = h.bot.context.store.readings.getOriginal(
      h.discord.guildId,
      'reading-river-club-notes-on-the-river-survey',
    );
    expect(original.ok && Buffer.from(original.value ?? []).equals(html)).toBe(true);
  });

  it('refuses past the documents limit, a file over the size limit, and keeps the previews honest', async () => {
    const third = await d.send(d.readings('add', { url: `${pages.origin}/chain/1` }));
    const refused = await d.send(d.press(customIdsOf(third.body)[0] ?? '', third.body.message));
    expect(refused.body.content).toMatch(/already has 2 readings, its limit/u);
    const big = await d.send(
      d.readings('add', {
        file: {
          attachment: { name: 'big.txt', url: pages.serve('/big.txt', 'x', 'text/plain'), size: 10 * 1024 * 1024 },
        },
      }),
    );
    expect(big.body.content).toMatch(/larger than this server's limit of 64 KiB/u);
    const cancelled = await d.send(d.press(customIdsOf(third.body)[2] ?? '', third.body.message));
    expect(cancelled.body.content).toBe(CANCELLED_MESSAGE);
  });

  it('refuses members, private addresses and unreadable input with a clear message', async () => {
    expect((await d.send(d.readings('add', { url: `${pages.origin}/article` }, h.discord.member))).body.content).toBe(
      NOT_MODERATOR_MESSAGE,
    );
    expect((await d.send(d.readings('add', { url: `${pages.origin}/to-private` }))).body.content).toMatch(
      /^Cannot read that: 10\.1\.2\.3 is a private or local address/u,
    );
    expect((await d.send(d.readings('add', { url: `${pages.origin}/image` }))).body.content).toMatch(
      /^Cannot read that: the page is image\/png/u,
    );
    expect((await d.send(d.readings('add', {}))).body.content).toMatch(/^Attach a file/u);
  });
});

describe('two servers', () => {
  it('never quote each other’s readings', async () => {
    expect(await d.askOutlets(DOCK)).toContain(GAZETTE);
    expect(await d.askOutlets(DOCK, otherGuild)).toEqual([]);
    const listed = await d.send(inGuild(d.readings('list'), otherGuild));
    expect(listed.body.content).toMatch(/0 of 2 readings/u);
    const shown = await d.send(inGuild(d.readings('show', { id: gazetteId }), otherGuild));
    expect(shown.body.content).toMatch(/^No reading/u);
    const removed = await d.send(inGuild(d.readings('remove', { id: gazetteId }), otherGuild));
    expect(removed.body.content).toMatch(/^No reading/u);
    expect(await d.askOutlets(DOCK)).toContain(GAZETTE);
  });

  it('lists the reading in /sources and outlet autocomplete of its own server only', async () => {
    const sources = (guildId?: string) => {
      const payload = h.discord.slashCommand('sources');
      return d.send(guildId === undefined ? payload : inGuild(payload, guildId));
    };
    expect(JSON.stringify((await sources()).body.embeds)).toContain(gazetteId);
    expect(JSON.stringify((await sources(otherGuild)).body.embeds)).not.toContain(gazetteId);
    const complete = async (guildId?: string) => {
      const payload = h.discord.autocomplete('ask', 'outlet', 'harbour', { question: 'x' });
      const { body } = await d.send(guildId === undefined ? payload : inGuild(payload, guildId));
      return (body.choices as Array<{ name: string }>).map((c) => c.name);
    };
    expect(await complete()).toEqual([GAZETTE]);
    expect(await complete(otherGuild)).toEqual([]);
  });
});

describe('the shared corpus and readings together', () => {
  it('answers from the shared corpus too, and from a shared file added while the server has readings', async () => {
    expect(await d.askOutlets('Who is Carter Page?')).not.toEqual([]);
    writeFileSync(
      join(dir, 'ledger.md'),
      (await import('../support/temp-corpus.js')).fixtureCorpusFile('northern-ledger-council-budget.html', 'ledger'),
    );
    await expect.poll(() => d.askOutlets(COUNCIL), { timeout: 5_000, interval: 100 }).toContain('The Northern Ledger');
    expect(await d.askOutlets(DOCK)).toContain(GAZETTE);
  });

  it('quotes only the server’s readings with the shared corpus off', async () => {
    const off = await d.send(d.readings('shared', { enabled: false }));
    expect(off.body.content).toMatch(/readings only/u);
    expect(await d.askOutlets('Who is Carter Page?')).toEqual([]);
    expect(await d.askOutlets(DOCK)).toContain(GAZETTE);
    expect(await d.askOutlets('Who is Carter Page?', otherGuild)).not.toEqual([]);
    await d.send(d.readings('shared', { enabled: true }));
    expect(await d.askOutlets('Who is Carter Page?')).not.toEqual([]);
  });
});

describe('restart and removal', () => {
  it('keeps readings across a restart, then removes one from answers at once', async () => {
    const guildId = h.discord.guildId;
    await h.stop();
    h = await startHarness(config(), { watchCorpus: false });
    expect(await d.askOutlets(DOCK, guildId)).toContain(GAZETTE);
    const removed = await d.send(inGuild(d.readings('remove', { id: gazetteId }), guildId));
    expect(removed.body.content).toBe(`Removed \`${gazetteId}\`: it is no longer quoted here.`);
    expect(await d.askOutlets(DOCK, guildId)).toEqual([]);
    const changes = h.bot.context.store.readings.listChanges(guildId);
    expect(changes.ok && changes.value[0]).toMatchObject({
      action: 'remove',
      documentId: gazetteId,
      userId: h.discord.user.id,
    });
  });
});
