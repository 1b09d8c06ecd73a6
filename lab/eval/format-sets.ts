// The one table `npm run eval` prints: a row per set, blank where a metric does not apply. Markdown, so
// it pastes into docs/bench.md and docs/design.md.

import type { SetResult } from './run-sets.js';
import type { EvalSummary } from './score-answers.js';
import type { ComparisonSummary } from './score-comparisons.js';

const f3 = (x: number): string => x.toFixed(3);
const f4 = (x: number): string => x.toFixed(4);

const COLUMNS = [
  'set',
  'questions',
  'hit@1',
  'hit@3',
  'hit@5',
  'MRR',
  'outlet@1',
  'no-answer',
  'refused',
  'leaks',
  'answer in quote',
  'mean quote',
  'compare shows answer',
  'MAP',
  'nDCG@10',
  'ms/question',
] as const;
type Column = (typeof COLUMNS)[number];

function questionCells(
  name: string,
  s: EvalSummary,
  total: number,
  comparison: ComparisonSummary | undefined,
): Partial<Record<Column, string>> {
  // A set of unanswerable questions only (offtopic) has no ranking to score: those cells stay empty.
  const ranked = s.answerable > 0;
  return {
    ...(comparison &&
      ranked && {
        'compare shows answer': `${comparison.evidenceShown}/${comparison.answerable}`,
      }),
    set: name,
    questions: String(total),
    ...(ranked && {
      'hit@1': f3(s.hitAt1),
      'hit@3': f3(s.hitAt3),
      MRR: f3(s.mrr),
      'outlet@1': f3(s.outletAt1),
      refused: `${s.answerableRefused}/${s.answerable}`,
      'answer in quote': f3(s.quoteHitAt1),
    }),
    'no-answer': `${s.noAnswerCorrect}/${s.noAnswerTotal}`,
    leaks: String(s.furnitureLeaks),
    'mean quote': s.meanQuoteLength.toFixed(0),
  };
}

function cellsOf(result: SetResult): Partial<Record<Column, string>> {
  if (result.kind === 'questions')
    return questionCells(result.name, result.summary, result.outcomes.length, result.comparison);
  if (result.kind === 'squad') {
    const r = result.report;
    return {
      set: 'squad',
      questions: String(r.questions),
      'hit@1': f4(r.hitAt1),
      'hit@5': f4(r.hitAt5),
      MRR: `${f4(r.mrrAt10)} (@10)`,
      refused: `${r.refusedIds.length} (${(r.refused * 100).toFixed(2)}%)`,
      'answer in quote': f4(r.answerInQuote),
      'mean quote': r.meanQuoteChars.toFixed(0),
      'ms/question': r.meanAnswerMs.toFixed(3),
    };
  }
  const r = result.report;
  return {
    set: 'cranfield',
    questions: String(r.questions),
    MRR: `${f4(r.mrr10)} (@10)`,
    refused: `${r.refused.length}/${r.questions}`,
    MAP: f4(r.map),
    'nDCG@10': f4(r.ndcg10),
    'ms/question': r.meanQueryMs.toFixed(3),
  };
}

export function formatMarkdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatSetsTable(results: readonly SetResult[]): string {
  const cells = results.map(cellsOf);
  const used = COLUMNS.filter((c) => cells.some((row) => row[c] !== undefined));
  return formatMarkdownTable(
    used,
    cells.map((row) => used.map((c) => row[c] ?? '')),
  );
}

/** dev2's per-category breakdown: the answerable categories by hit@1/hit@3, the others by refusals and leaks. */
export function formatCategoryTable(results: readonly SetResult[]): string {
  const rows = results.flatMap((r) =>
    r.kind === 'questions'
      ? r.categories.map((c) => {
          const n = r.outcomes.filter((o) => o.category === c.category).length;
          const s = c.summary;
          return [
            `${r.name} ${c.category}`,
            String(n),
            s.answerable > 0 ? f3(s.hitAt1) : '',
            s.answerable > 0 ? f3(s.hitAt3) : '',
            s.noAnswerTotal > 0 ? `${s.noAnswerCorrect}/${s.noAnswerTotal}` : '',
            s.answerable > 0 ? `${s.answerableRefused}` : '',
            String(s.furnitureLeaks),
          ];
        })
      : [],
  );
  if (rows.length === 0) return '';
  return formatMarkdownTable(['category', 'questions', 'hit@1', 'hit@3', 'no-answer', 'refused', 'leaks'], rows);
}

/** One line per question that missed: for reading what went wrong, never for tuning to it. */
export function formatMisses(results: readonly SetResult[]): string {
  return results
    .flatMap((r) =>
      r.kind === 'questions'
        ? r.outcomes
            .filter((o) =>
              o.expect === 'answer' ? o.firstHitRank !== 1 : o.expect === 'no_answer' ? o.answered : o.leaks > 0,
            )
            .map((o) => {
              const verdict =
                o.expect === 'answer'
                  ? `${o.answered ? `rank ${o.firstHitRank ?? '-'}` : 'REFUSED'}`
                  : o.expect === 'no_answer'
                    ? 'ANSWERED'
                    : 'LEAK';
              return `${r.name} ${o.id} [${o.category ?? ''}] ${verdict}: ${o.question} -> ${o.topParagraph}`;
            })
        : [],
    )
    .join('\n');
}
