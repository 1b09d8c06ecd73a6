// What the bot says beside its quotes (issue 10), end to end through the fake Discord: the closest
// passages of a question nothing answers, shown as no answer; the spelling corrections made; and the
// WordNet matches that reached a quote. The questions are real ones on the bundled corpus; what the
// core makes of them is read from `npm run ask --json`, so the bot is checked against the CLI, and each
// test first checks that its question still shows the case it is about.
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATED_TEXT } from '../../src/core/answer/render-text.js';
import { stemWord } from '../../src/core/text/analyze.js';
import { NO_MATCH_MESSAGE, RELATED_FOOTER } from '../../src/discord/render/answer-reply.js';
import { toVisibleText } from '../../src/discord/render/highlight.js';
import { runAskJson } from '../support/ask-cli.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isOriginalEdit, type RecordedRequest } from '../support/fake-discord/index.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

async function ask(question: string): Promise<RecordedRequest> {
  const interaction = h.discord.slashCommand('ask', { question });
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  return h.discord.waitForRequest(isOriginalEdit(interaction));
}

function passagesOf(body: { embeds: APIEmbed[] }) {
  return body.embeds.map((e) => ({
    quote: toVisibleText(e.description ?? ''),
    outlet: e.author?.name,
    paragraphId: e.footer?.text.split(' \u00B7 ')[0],
  }));
}

function customIdsOf(body: { components: Array<{ components: Array<{ custom_id: string }> }> }): string[] {
  return body.components.flatMap((row) => row.components.map((c) => c.custom_id));
}

describe('a question nothing answers, with passages close to it', () => {
  // "envoy" and "japan" are not corpus words; envoy's neighbours (ambassador, diplomat) find passages,
  // none close enough to answer (nothing is said of Japan).
  const question = 'Who was the envoy to Japan?';
  let edit: RecordedRequest;
  beforeAll(async () => {
    edit = await ask(question);
  });

  it('says the sources do not answer it, then shows the CLI’s closest passages in its order', () => {
    const cli = runAskJson(question);
    expect(cli.answered).toBe(false);
    expect(cli.related?.length).toBeGreaterThan(0);
    expect(edit.body.content.split('\n')[0]).toBe(RELATED_TEXT);
    expect(edit.body.content).not.toContain(NO_MATCH_MESSAGE);
    expect(passagesOf(edit.body)).toEqual(
      (cli.related ?? []).map((r) => ({ quote: r.quote, outlet: r.outlet, paragraphId: r.paragraphId })),
    );
  });

  it('marks every passage as not an answer and offers no button that treats it as one', () => {
    const embeds = edit.body.embeds as APIEmbed[];
    expect(embeds.length).toBeGreaterThan(0);
    for (const embed of embeds) expect(embed.footer?.text.endsWith(RELATED_FOOTER)).toBe(true);
    const ids = customIdsOf(edit.body);
    expect(ids.filter((id) => /^(fb|rm|more)(:|$)/.test(id))).toEqual([]);
    expect(ids).toEqual(passagesOf(edit.body).map((p) => `ctx:${p.paragraphId}`));
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('audits the question as not answered, quoting nothing', async () => {
    await expect
      .poll(() => h.bot.context.store.audit.findByMessageId(edit.response.id))
      .toMatchObject({ ok: true, value: { question, answered: false, paragraphIds: [] } });
  });

  it('keeps the plain no-match text when no passage comes close', async () => {
    const cli = runAskJson('banana bread recipe');
    expect(cli.related ?? []).toEqual([]);
    const plain = await ask('banana bread recipe');
    expect(plain.body.content).toBe(NO_MATCH_MESSAGE);
    expect(plain.body.embeds).toEqual([]);
  });
});

describe('what was searched', () => {
  it('says what a misspelled word was searched as, in the CLI’s words', async () => {
    const question = 'Did Flyn resign?';
    const cli = runAskJson(question);
    expect(cli.corrections).toEqual([{ from: 'flyn', to: 'flynn' }]);
    const edit = await ask(question);
    expect(edit.body.content).toContain('Searched for: flynn (you wrote flyn)');
    expect(passagesOf(edit.body).map((p) => p.quote)).toEqual(cli.results.map((r) => r.quote));
  });

  it('names the WordNet matches that reached a quote on show, and only those', async () => {
    // "spokesman" is not in the corpus; WordNet relates it to several corpus words, of which only some
    // appear in the quotes shown.
    const question = 'What did the Kremlin spokesman say?';
    const cli = runAskJson(question);
    expect(cli.answered).toBe(true);
    const matched = new Set(cli.results.flatMap((r) => r.matchedTerms));
    const reached = cli.expansions.filter((e) => matched.has(stemWord(e.to)));
    const missed = cli.expansions.filter((e) => !matched.has(stemWord(e.to)));
    expect(reached.length).toBeGreaterThan(0);
    expect(missed.length).toBeGreaterThan(0);
    const edit = await ask(question);
    const content = edit.body.content as string;
    expect(content).toContain(`Also matched: ${reached.map((e) => `${e.from} \u2248 ${e.to}`).join(', ')}`);
    for (const e of missed) expect(content).not.toContain(`\u2248 ${e.to}`);
  });
});
