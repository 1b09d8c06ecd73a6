// Text that did not come from a verbatim quote goes out inert: corpus metadata with control characters
// and markdown, and a /study topic with links and pings, through the real bot and the fake Discord.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isCallback, isOriginalEdit } from '../support/fake-discord/index.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-untrusted-'));
  const evil = [
    '---',
    'outlet: "Evil \\a\\0 Times \\e[31mred\\e[0m"',
    'title: "**Bold** [click](https://evil.example) \\a"',
    'author: "[Mal](https://evil.example) \\e[2J **Lory** @everyone"',
    '---',
    'The zebra crossed the river at dawn, witnesses said.',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'evil.md'), evil);
  writeFileSync(
    join(dir, 'plain.md'),
    '---\noutlet: Plain Post\ntitle: Zebra river report\n---\nA zebra was seen near the river crossing.\n',
  );
  return dir;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ corpusDir: writeCorpus() });
});
afterAll(async () => h?.stop());

describe('corpus metadata in an answer', () => {
  it('is shown with control characters written out and markdown escaped, the quote verbatim', async () => {
    const i = h.discord.slashCommand('ask', { question: 'zebra crossed the river at dawn' });
    h.discord.dispatch('INTERACTION_CREATE', i);
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    const embed = (edit.body.embeds as APIEmbed[]).find((e) => e.footer?.text.startsWith('evil#'));
    expect(embed).toBeDefined();
    const attribution = [embed?.author?.name, embed?.title, embed?.fields?.[0]?.value, embed?.footer?.text].join('\n');
    expect(attribution).not.toMatch(CONTROLS);
    expect(embed?.author?.name).toBe('Evil \\x07\\x00 Times \\x1b[31mred\\x1b[0m');
    // Titles and field values render markdown: a masked link or bold there must show as typed.
    expect(embed?.title).toContain('\\*\\*Bold\\*\\* \\[click\\]\\(https\\://evil.example\\)');
    expect(embed?.fields?.[0]?.value).toContain('\\[Mal\\]\\(https\\://evil.example\\)');
    expect(embed?.fields?.[0]?.value).toContain('\\*\\*Lory\\*\\*');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('a /study topic', () => {
  it('names the thread without its links, pings or control characters', async () => {
    // A topic this corpus answers (a thread opens only on an answer), mixed with what must not reach a name.
    const topic = 'zebra river crossing at dawn https://evil.example @everyone <@123> \u0007\u001b[31msaid';
    const i = h.discord.slashCommand('study', { topic });
    h.discord.dispatch('INTERACTION_CREATE', i);
    await h.discord.waitForRequest(isCallback(i));
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    const thread = await h.discord.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(`/messages/${edit.response.id}/threads`),
    );
    expect(thread.body.name).toBe('zebra river crossing at dawn everyone said');
  });
});
