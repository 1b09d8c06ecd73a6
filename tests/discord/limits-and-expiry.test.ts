// Answers too big for one Discord message, and buttons that expire. A generated corpus with very long
// sentences, long titles and twelve outlets forces every limit; the bot must shorten quotes at a sentence
// with a visible marker and keep every attribution.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_MESSAGE } from '../../src/discord/buttons/more-results.js';
import { toVisibleText } from '../../src/discord/render/highlight.js';
import { countEmbedCharacters, TRUNCATION_MARKER } from '../../src/discord/to-reply.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isCallback, isOriginalEdit, type RecordedRequest } from '../support/fake-discord/index.js';

const OUTLETS = Array.from({ length: 12 }, (_, i) =>
  `Outlet ${String.fromCharCode(65 + i)} ${'Chronicle '.repeat(i)}`.trim(),
);

function longSentence(seed: number): string {
  const filler = 'the quiet zebra walked along the *river* bank near the old_mill while <@123> watched';
  return `Zebra report ${seed} says ${Array.from({ length: 18 }, (_, k) => `${filler} ${k}`).join(', ')}.`;
}

function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-limits-'));
  OUTLETS.forEach((outlet, d) => {
    const paragraphs = Array.from({ length: 3 }, (_, p) =>
      [0, 1, 2].map((s) => longSentence(d * 100 + p * 10 + s)).join(' '),
    );
    const title = `A very long headline about zebras ${d} ${'and their crossings '.repeat(20)}`.trim();
    writeFileSync(
      join(dir, `zebra-${d}.md`),
      `---\noutlet: ${outlet}\ntitle: "${title}"\nauthor: Reporter ${d}\n---\n${paragraphs.join('\n\n')}\n`,
    );
  });
  return dir;
}

function expectWithinLimits(body: { content?: string; embeds: APIEmbed[] }) {
  expect((body.content ?? '').length).toBeLessThanOrEqual(2000);
  expect(body.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of body.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
    total += countEmbedCharacters(embed);
  }
  expect(total).toBeLessThanOrEqual(6000);
}

function expectAttributedAndCutAtSentence(embed: APIEmbed, paragraphs: Map<string, string>) {
  expect(embed.author?.name).toMatch(/^Outlet /);
  expect(embed.title).toMatch(/^A very long headline about zebras/);
  expect(embed.fields?.[0]?.value).toMatch(/^Reporter \d+$/);
  const paragraphId = embed.footer?.text.split(' \u00B7 ')[0] ?? '';
  const paragraph = paragraphs.get(paragraphId) ?? '';
  const description = embed.description ?? '';
  expect(description.endsWith(TRUNCATION_MARKER)).toBe(true);
  const visible = toVisibleText(description.slice(0, -TRUNCATION_MARKER.length));
  // What is left is verbatim from the paragraph; a whole sentence when one fits, else whole words.
  expect(paragraph).toContain(visible);
}

let h: Harness;
let paragraphs: Map<string, string>;
beforeAll(async () => {
  h = await startHarness({ corpusDir: writeCorpus() }, { sessions: { lifetimeMs: 300 } });
  paragraphs = new Map(h.bot.context.indexFor(null).paragraphs.map((p) => [p.paragraph.id, p.paragraph.text]));
});
afterAll(async () => h?.stop());

async function ask(name: string, options: Record<string, string | number>): Promise<RecordedRequest> {
  const i = h.discord.slashCommand(name, options);
  h.discord.dispatch('INTERACTION_CREATE', i);
  return h.discord.waitForRequest(isOriginalEdit(i));
}

describe('an over-long answer', () => {
  it('/ask with five long quotes stays within every limit and keeps each attribution', async () => {
    const edit = await ask('ask', { question: 'zebra river mill', count: 5 });
    expect(edit.status).toBe(200);
    expect(edit.body.embeds.length).toBe(5);
    expectWithinLimits(edit.body);
    for (const embed of edit.body.embeds) expectAttributedAndCutAtSentence(embed, paragraphs);
    // Markdown in the source is escaped (and matched words still bold), so it shows as typed.
    expect(edit.body.embeds[0].description).toContain('\\***river**\\*');
    expect(toVisibleText(edit.body.embeds[0].description)).toContain('*river* bank near the old_mill');
    expect(edit.body.embeds[0].description).toContain('\\<@123\\>');
  });

  it('/compare across twelve outlets shows the ten closest and names the rest', async () => {
    const edit = await ask('compare', { question: 'zebra river mill' });
    expect(edit.body.embeds.length).toBe(10);
    expect(edit.body.content).toContain('Showing the 10 closest of 12 outlets.');
    expectWithinLimits(edit.body);
    for (const embed of edit.body.embeds) expectAttributedAndCutAtSentence(embed, paragraphs);
  });

  it('autocomplete keeps to 25 choices of at most 100 characters', async () => {
    const i = h.discord.autocomplete('ask', 'outlet', 'outlet');
    h.discord.dispatch('INTERACTION_CREATE', i);
    const callback = await h.discord.waitForRequest(isCallback(i));
    expect(callback.body.data.choices.length).toBe(12);
    for (const choice of callback.body.data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('button expiry', () => {
  // Feedback and Remove (fb:, rm) act on the stored answer, not the paging session, so they stay live.
  const isSessionButton = (b: { custom_id: string }) => !/^(fb:|rm$)/.test(b.custom_id);

  it('disables every paging and context button through the original token when the session ends, and refuses More after', async () => {
    const i = h.discord.slashCommand('ask', { question: 'zebra river mill', count: 1 });
    h.discord.dispatch('INTERACTION_CREATE', i);
    const first = await h.discord.waitForRequest(isOriginalEdit(i));
    const buttons = (body: RecordedRequest['body']) =>
      (body.components as Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>).flatMap(
        (r) => r.components,
      );
    expect(buttons(first.body).every((b) => !b.disabled)).toBe(true);
    const expired = await h.discord.waitForRequest(
      (r) =>
        r !== first &&
        isOriginalEdit(i)(r) &&
        buttons(r.body)
          .filter(isSessionButton)
          .every((b) => b.disabled),
    );
    expect(
      buttons(expired.body)
        .filter((b) => !isSessionButton(b))
        .every((b) => !b.disabled),
    ).toBe(true);
    expect(buttons(expired.body).map((b) => b.custom_id)).toEqual(buttons(first.body).map((b) => b.custom_id));

    const more = buttons(first.body).find((b) => b.custom_id.startsWith('more:'))?.custom_id ?? '';
    const press = h.discord.buttonPress(more, first.body);
    h.discord.dispatch('INTERACTION_CREATE', press);
    const refused = await h.discord.waitForRequest(isCallback(press));
    expect(refused.body.data).toMatchObject({ content: EXPIRED_MESSAGE, flags: 64 });
  });

  it("disables the buttons of a mention reply by editing the bot's own message", async () => {
    const message = h.discord.message(`<@${h.discord.botUser.id}> zebra river`, { mentions: [h.discord.botUser] });
    h.discord.dispatch('MESSAGE_CREATE', message);
    const reply = await h.discord.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
    expect(reply.body.components.length).toBeGreaterThan(0);
    const sentId = reply.response?.id;
    const expired = await h.discord.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/channels/${h.discord.channelId}/messages/${sentId}`,
    );
    const states = expired.body.components.flatMap(
      (row: { components: Array<{ custom_id: string; disabled: boolean }> }) =>
        row.components.filter(isSessionButton).map((c) => c.disabled),
    );
    expect(states.length).toBeGreaterThan(0);
    expect(states.every(Boolean)).toBe(true);
  });
});
