import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/discord-limits.js';
import { renderHighlightedText, toVisibleText } from '../../src/discord/render/highlight.js';
import {
  countEmbedCharacters,
  type EmbedSpec,
  TRUNCATION_MARKER,
  toChoices,
  toReply,
  truncateRendered,
} from '../../src/discord/to-reply.js';

const plainText = (plain: string) => ({ plain, render: (p: string) => p });

describe('toReply', () => {
  it('never parses mentions, even with no content', () => {
    expect(toReply({}).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('marks ephemeral replies with the ephemeral flag only when asked', () => {
    expect(toReply({ ephemeral: true }).flags).toBe(64);
    expect(toReply({}).flags).toBeUndefined();
  });

  it('cuts a long quote after its last whole sentence that fits, with the marker', () => {
    const sentences = ['First sentence here.', 'Second one follows.', 'Third is the longest of them all.'];
    const cut = truncateRendered(plainText(sentences.join(' ')), 50);
    expect(cut).toBe(`First sentence here. Second one follows.${TRUNCATION_MARKER}`);
  });

  it('cuts at a word when not even one sentence fits', () => {
    const cut = truncateRendered(plainText('one two three four five six seven eight nine ten.'), 20);
    expect(cut).toBe(`one two three${TRUNCATION_MARKER}`);
  });

  it('keeps any set of embeds within every Discord limit, attribution included', () => {
    const embed = fc.record({
      author: fc.string({ maxLength: 400 }),
      title: fc.string({ maxLength: 400 }),
      quote: fc.string({ maxLength: 6000 }),
      footer: fc.string({ maxLength: 300 }),
    });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), fc.string({ maxLength: 3000 }), (embeds, content) => {
        const specs: EmbedSpec[] = embeds.map((e) => ({
          author: `x${e.author}`,
          title: `x${e.title}`,
          body: { plain: e.quote, render: (p) => renderHighlightedText(p, ['x']) },
          fields: [{ name: 'Author', value: 'Someone' }],
          footer: `id#1 ${e.footer}`,
        }));
        const reply = toReply({ content, embeds: specs });
        expect(reply.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        expect(reply.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
        expect(reply.embeds.reduce((sum, e) => sum + countEmbedCharacters(e), 0)).toBeLessThanOrEqual(6000);
        for (const e of reply.embeds) {
          expect(e.title?.length).toBeLessThanOrEqual(256);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
          expect(e.author?.name.startsWith('x')).toBe(true);
          expect(e.footer?.text.startsWith('id#1')).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('toChoices', () => {
  it('keeps 25 choices of at most 100 characters', () => {
    const choices = toChoices(Array.from({ length: 40 }, (_, i) => `${i} ${'long name '.repeat(20)}`));
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('renderHighlightedText', () => {
  it('bolds words whose stems matched, whatever their inflection', () => {
    expect(renderHighlightedText('Officials met the official.', ['offici'])).toBe(
      '**Officials** met the **official**.',
    );
  });

  it('escapes markdown so mentions and formatting show as typed', () => {
    expect(renderHighlightedText('a *b* _c_ <@1> `d` # e', [])).toBe('a \\*b\\* \\_c\\_ \\<@1\\> \\`d\\` \\# e');
  });

  it('leaves the visible text exactly the verbatim quote, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.constantFrom('trump', 'russia', 'a', 'b'), { maxLength: 3 }),
        (text, terms) => {
          expect(toVisibleText(renderHighlightedText(text, terms))).toBe(text);
        },
      ),
    );
  });
});
