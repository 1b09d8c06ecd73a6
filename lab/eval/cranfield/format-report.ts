// Text tables for `npm run eval -- --cranfield`: Markdown, so the output can be pasted into README.md.
import type { EvalSummary } from '../score-answers.js';
import type { CranfieldReport } from './run-cranfield.js';

export interface VariantRow {
  readonly name: string;
  readonly cranfield: CranfieldReport;
  /** Dev-set ranking figures for the same formula, when the news corpus was run too. */
  readonly dev?: EvalSummary;
  /** False for BM25: its scores are not on the 0..1 scale the threshold is calibrated for. */
  readonly thresholdApplies: boolean;
}

const f4 = (x: number): string => x.toFixed(4);

export function formatVariantTable(rows: readonly VariantRow[]): string {
  const withDev = rows.some((r) => r.dev !== undefined);
  const header = [
    '| formula | MAP | nDCG@10 | P@10 | MRR@10 | answered: false |',
    ...(withDev ? [' dev hit@1 | dev MRR |'] : []),
  ].join('');
  const rule = `|---|---|---|---|---|---|${withDev ? '---|---|' : ''}`;
  const lines = rows.map((r) => {
    const c = r.cranfield;
    const dev = withDev ? ` ${r.dev ? r.dev.hitAt1.toFixed(3) : '-'} | ${r.dev ? r.dev.mrr.toFixed(3) : '-'} |` : '';
    return `| ${r.name} | ${f4(c.map)} | ${f4(c.ndcg10)} | ${f4(c.p10)} | ${f4(c.mrr10)} | ${r.thresholdApplies ? `${c.refused.length}/${c.questions}` : 'n/a'} |${dev}`;
  });
  return [header, rule, ...lines].join('\n');
}

export function formatTimings(rows: readonly VariantRow[]): string {
  return rows
    .map(
      (r) =>
        `${r.name}: index ${r.cranfield.indexMs.toFixed(0)} ms, mean query ${(r.cranfield.meanQueryMs * 1000).toFixed(0)} µs, ` +
        `lowest top score ${r.cranfield.minTopScore.toFixed(4)}`,
    )
    .join('\n');
}
