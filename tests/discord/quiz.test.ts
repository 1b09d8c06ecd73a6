// /quiz through the fake Discord on a corpus of three outlets, one of whose documents has an id too long
// for a button's custom id. The bot's random source is injected, so which paragraph is drawn is known.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/bot-harness.js';
import type { RecordedRequest } from '../support/fake-discord/index.js';
import { createModerationDriver, EPHEMERAL } from '../support/moderation-driver.js';

const LONG_ID = `bravo-${'long-document-name-'.repeat(6)}`;

function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-quiz-'));
  const write = (id: string, outlet: string, paragraphs: string[]) =>
    writeFileSync(
      join(dir, `${id}.md`),
      `---\noutlet: ${outlet}\ntitle: ${outlet} report\n---\n${paragraphs.join('\n\n')}\n`,
    );
  write('alpha', 'Alpha Post', ['Alpha reports that the river rose overnight.']);
  write(
    LONG_ID,
    'Bravo News',
    Array.from({ length: 8 }, (_, i) => `Bravo paragraph ${i} says the bridge stayed open.`),
  );
  write('zulu', 'Charlie Daily', ['Charlie writes that the ferry was cancelled.']);
  return dir;
}

let draws: number[] = [];
let h: Harness;
const { run, setSetting } = createModerationDriver(() => h);
let clock = Date.parse('2026-11-24T12:00:00Z');

beforeAll(async () => {
  h = await startHarness({ corpusDir: writeCorpus() }, { now: () => clock, random: () => draws.shift() ?? 0.99 });
});
beforeEach(() => {
  clock += 60 * 60 * 1000;
});
afterAll(async () => h?.stop());

type Buttons = Array<{ components: Array<{ custom_id: string; label: string }> }>;

async function postQuiz() {
  const posted = await run(h.discord.slashCommand('quiz', {}, h.discord.member));
  const { content, components } = posted.body.data as { content: string; components: Buttons };
  const outlet = /\nSource: \|\|(.+)\|\|$/.exec(content)?.[1] ?? '';
  return { posted, outlet, buttons: components.flatMap((r) => r.components) };
}

async function guess(posted: RecordedRequest, customId: string) {
  return run(h.discord.buttonPress(customId, posted.body.data, h.discord.otherUser));
}

describe('/quiz', () => {
  it('reports the guess that was pressed when a server has disabled an outlet', async () => {
    await setSetting('outlets', { action: 'disable', outlet: 'Alpha Post' });
    try {
      draws = [0.99];
      const { posted, outlet, buttons } = await postQuiz();
      expect(outlet).toBe('Charlie Daily');
      expect(buttons.map((b) => b.label)).toEqual(['Bravo News', 'Charlie Daily']);
      const right = await guess(posted, buttons[1]?.custom_id ?? '');
      expect(right.body.data).toMatchObject({ flags: EPHEMERAL });
      expect(right.body.data.content).toMatch(/^Right! It is from Charlie Daily/);
      const wrong = await guess(posted, buttons[0]?.custom_id ?? '');
      expect(wrong.body.data.content).toMatch(/^Not quite: you guessed Bravo News\. It is from Charlie Daily/);
    } finally {
      await setSetting('outlets', { action: 'all' });
    }
  });

  it('never cuts a custom id: a paragraph whose id does not fit is drawn again', async () => {
    // 0.5 lands on a Bravo paragraph (its id is over 100 characters with the prefix), 0.99 on Charlie's.
    draws = [0.5, 0.99];
    const { posted, outlet, buttons } = await postQuiz();
    expect(draws).toEqual([]);
    expect(outlet).toBe('Charlie Daily');
    for (const button of buttons) expect(button.custom_id).toMatch(/^quiz:\d+:zulu#\d+$/);
    const right = buttons.find((b) => b.label === outlet);
    const revealed = await guess(posted, right?.custom_id ?? '');
    expect(revealed.body.data.content).toMatch(/^Right! It is from Charlie Daily, .*\(`zulu#\d+`\)\.$/);
  });
});
