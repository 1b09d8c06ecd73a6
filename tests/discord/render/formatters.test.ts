import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFeedbackReport } from '../../../src/discord/render/format-feedback-report.js';
import { formatHistory } from '../../../src/discord/render/format-history.js';
import { formatSettings } from '../../../src/discord/render/format-settings.js';
import type { AnswerRecord } from '../../../src/store/audit-store.js';
import { DEFAULT_GUILD_SETTINGS } from '../../../src/store/settings-store.js';

function record(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    id: 1,
    guildId: '100',
    channelId: '200',
    userId: '300',
    question: 'Who is Carter Page?',
    paragraphIds: ['doc#3', 'doc#4'],
    answered: true,
    latencyMs: 12,
    trigger: 'slash',
    visibility: 'public',
    messageId: '900',
    createdAt: Date.UTC(2026, 0, 2),
    removedAt: null,
    ...overrides,
  };
}

describe('formatSettings', () => {
  it('shows every setting, and says when the database could not be read', () => {
    const text = formatSettings({
      settings: { ...DEFAULT_GUILD_SETTINGS, allowedChannelIds: ['5', '6'], modLogChannelId: '7', cooldownSeconds: 0 },
      fromDatabase: true,
    });
    expect(text.split('\n')).toEqual([
      'Channels: <#5>, <#6>',
      'Replies: public',
      'Results per answer: 3',
      'Cooldown per member: off (moderators exempt)',
      'Outlets: all',
      'Mentions answered: yes',
      'Mod-log: <#7>',
      'Questions kept: 30 days',
    ]);
    expect(formatSettings({ settings: DEFAULT_GUILD_SETTINGS, fromDatabase: false })).toMatch(
      /cannot be saved right now/,
    );
  });
});

describe('formatHistory', () => {
  it('lists who asked what, where, when, and the quoted paragraph ids', () => {
    expect(formatHistory([record(), record({ answered: false, paragraphIds: [], removedAt: 1 })])).toBe(
      [
        '<t:1767312000:R> <@300> in <#200>: `Who is Carter Page?` → `doc#3` `doc#4`',
        '<t:1767312000:R> <@300> in <#200>: `Who is Carter Page?` → no sourced passage (removed)',
      ].join('\n'),
    );
    expect(formatHistory([])).toBe('No questions recorded.');
  });

  it('always fits a Discord message and points to the export when cut (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 60 }), (questions) => {
        const text = formatHistory(questions.map((question) => record({ question })));
        expect(text.length).toBeLessThanOrEqual(2000);
      }),
    );
    const many = formatHistory(Array.from({ length: 50 }, () => record({ question: 'q'.repeat(120) })));
    expect(many).toMatch(/… and \d+ more: use \/history export for all\.$/);
  });
});

describe('formatFeedbackReport', () => {
  it('gives the totals and the answers voted least relevant', () => {
    const text = formatFeedbackReport({
      helpful: 3,
      notRelevant: 1,
      answers: [
        { answerId: 1, question: 'bad one', paragraphIds: ['doc#9'], helpful: 0, notRelevant: 1, createdAt: 0 },
      ],
    });
    expect(text).toBe('4 votes: 3 helpful, 1 not relevant (75% helpful).\n👍 0 👎 1 `bad one` → doc#9');
    expect(formatFeedbackReport({ helpful: 0, notRelevant: 0, answers: [] })).toBe('No feedback votes yet.');
  });

  it('fits a Discord message however many answers', () => {
    const answers = Array.from({ length: 30 }, (_, i) => ({
      answerId: i,
      question: 'x'.repeat(300),
      paragraphIds: ['a-long-document-id#12', 'another-long-document-id#3'],
      helpful: 0,
      notRelevant: 2,
      createdAt: 0,
    }));
    expect(formatFeedbackReport({ helpful: 0, notRelevant: 60, answers }).length).toBeLessThanOrEqual(2000);
  });
});
