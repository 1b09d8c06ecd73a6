// For a "who is …?" question (who-question.ts), the paragraph where each document first names its
// subject: that is where a news article says who someone is ("Russian Ambassador Sergei Kislyak"), while
// a later, shorter paragraph that merely repeats the name wins on term weight alone. Among the first-pass
// candidates that hold every term of the question, the earliest of each document goes first (best
// first-pass score first), then the rest of the ranking; scores are raised where needed so they stay
// sorted, as the feedback pass does for its kept winner. The no-answer decision is not affected: it reads
// the first pass.
import type { AnalyzedQuestion } from './analyze-question.js';
import type { SearchIndex } from './build-index.js';
import type { RankedParagraph } from './rank.js';

function holdsEvery(index: SearchIndex, paragraph: number, termIds: readonly number[]): boolean {
  const end = index.tokenStart[paragraph + 1] ?? 0;
  const missing = new Set(termIds);
  for (let i = index.tokenStart[paragraph] ?? 0; i < end && missing.size > 0; i += 1)
    missing.delete(index.tokenTerms[i] as number);
  return missing.size === 0;
}

export function promoteIntroductions(
  index: SearchIndex,
  analyzed: AnalyzedQuestion,
  firstPass: readonly RankedParagraph[],
  ranked: readonly RankedParagraph[],
  limit: number,
): RankedParagraph[] {
  const termIds = analyzed.terms.filter((t) => t.termId >= 0).map((t) => t.termId);
  if (!analyzed.asksWho || termIds.length === 0) return ranked.slice(0, limit);
  const earliest = new Map<string, RankedParagraph>();
  for (const candidate of firstPass) {
    const entry = index.paragraphs[candidate.paragraphIndex];
    if (entry === undefined || !holdsEvery(index, candidate.paragraphIndex, termIds)) continue;
    const kept = earliest.get(entry.document.id);
    const keptOrdinal = kept ? (index.paragraphs[kept.paragraphIndex]?.paragraph.ordinal ?? 0) : Infinity;
    if (entry.paragraph.ordinal < keptOrdinal) earliest.set(entry.document.id, candidate);
  }
  const introductions = [...earliest.values()].sort((a, b) => b.score - a.score || a.paragraphIndex - b.paragraphIndex);
  const promoted = new Set(introductions.map((r) => r.paragraphIndex));
  const finalScore = new Map(ranked.map((r) => [r.paragraphIndex, r.score]));
  const order = [
    ...introductions.map((r) => ({
      paragraphIndex: r.paragraphIndex,
      score: finalScore.get(r.paragraphIndex) ?? r.score,
    })),
    ...ranked.filter((r) => !promoted.has(r.paragraphIndex)),
  ].slice(0, limit);
  for (let i = order.length - 2; i >= 0; i -= 1) {
    const next = order[i + 1] as RankedParagraph;
    const here = order[i] as RankedParagraph;
    if (here.score < next.score) order[i] = { ...here, score: next.score };
  }
  return order;
}
