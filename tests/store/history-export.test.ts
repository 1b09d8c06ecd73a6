import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/store/audit-store.js';
import { escapeCsvField, formatHistoryCsv, formatHistoryExport } from '../../src/store/history-export.js';

function makeRecord(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
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
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    removedAt: null,
    ...overrides,
  };
}

/** A small RFC 4180 reader, to check that what we write reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('history export', () => {
  it('writes a header and one CRLF row per question', () => {
    const csv = formatHistoryCsv([makeRecord()]);
    expect(csv).toBe(
      'time,user_id,channel_id,question,answered,paragraph_ids,latency_ms,trigger,visibility,message_id,removed_at\r\n' +
        '2026-01-02T03:04:05.000Z,300,200,Who is Carter Page?,yes,doc#3 doc#4,12,slash,public,900,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(escapeCsvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(escapeCsvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(escapeCsvField('-1+2')).toBe("'-1+2");
    expect(escapeCsvField('plain')).toBe('plain');
  });

  it('reads back to the same question for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (question) => {
        const rows = parseCsv(formatHistoryCsv([makeRecord({ question })]));
        expect(rows).toHaveLength(2);
        const back = rows[1]?.[3] ?? '';
        expect(/^[=+\-@\t\r]/.test(question) ? `'${question}` : question).toBe(back);
      }),
    );
  });

  it('names the file and writes JSON with ISO times', () => {
    const file = formatHistoryExport(
      [makeRecord({ removedAt: Date.UTC(2026, 0, 3) })],
      'json',
      '100',
      Date.UTC(2026, 0, 5),
    );
    expect(file.fileName).toBe('history-100-2026-01-05.json');
    expect(JSON.parse(file.content)).toEqual({
      entries: [expect.objectContaining({ question: 'Who is Carter Page?', removedAt: '2026-01-03T00:00:00.000Z' })],
    });
  });
});
