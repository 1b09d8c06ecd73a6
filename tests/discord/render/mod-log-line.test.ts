import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/discord/discord-limits.js';
import { formatModLogLine, type ModLogEntry } from '../../../src/discord/render/mod-log-line.js';

function entry(overrides: Partial<ModLogEntry> = {}): ModLogEntry {
  return {
    userId: '300',
    channelId: '200',
    question: 'Who is Carter Page?',
    paragraphIds: ['occupy-democrats-trump-kremlin#3'],
    answered: true,
    latencyMs: 41.6,
    visibility: 'public',
    ...overrides,
  };
}

describe('mod-log line', () => {
  it('says who, where, the question, the quoted paragraph ids and the latency', () => {
    expect(formatModLogLine(entry())).toBe(
      '<@300> in <#200> asked “Who is Carter Page?” → quoted `occupy-democrats-trump-kremlin#3` in 42 ms',
    );
    expect(formatModLogLine(entry({ answered: false, paragraphIds: [], visibility: 'private' }))).toBe(
      '<@300> in <#200> (private) asked “Who is Carter Page?” → no sourced passage in 42 ms',
    );
  });

  it('keeps a hostile question on one line, unstyled and unable to ping', () => {
    const line = formatModLogLine(entry({ question: '**bold** <@&123> @everyone\n# heading [x](http://y)' }));
    expect(line).not.toContain('\n');
    expect(line).toContain('\\*\\*bold\\*\\* \\<\\@&123\\> \\@everyone \\# heading \\[x\\]\\(http\\://y\\)');
  });

  it('cuts long questions and long id lists, and always fits a Discord message (property)', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `doc#${i}`);
    const line = formatModLogLine(entry({ question: 'q'.repeat(500), paragraphIds: ids }));
    expect(line).toContain(`“${'q'.repeat(199)}…”`);
    expect(line).toContain('`doc#4` and 3 more');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 5000 }),
        fc.array(fc.string({ maxLength: 100 }), { maxLength: 20 }),
        (q, p) => {
          const out = formatModLogLine(entry({ question: q, paragraphIds: p }));
          expect(out.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        },
      ),
    );
  });
});
