// The audit queue: answers are recorded off the answer's path, retried while the database is locked,
// dropped and counted when the queue is full, and never make the caller wait.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAuditQueue } from '../../src/store/audit-queue.js';
import type { AnswerRecord, AnswerRecordInput } from '../../src/store/audit-store.js';
import { fail, type StoreResult, succeed } from '../../src/store/store-result.js';
import { makeAnswerInput } from '../support/answer-input.js';
import { closeAfterTest, createManualClock, openTempStore } from '../support/temp-store.js';

const OPTIONS = { maxPending: 3, firstRetryMs: 5, maxRetryMs: 20, batchSize: 2 };

/** A database that answers each write (a batch, one transaction) with the next outcome, then 'ok'. */
function fakeWriter(outcomes: Array<'busy' | 'ok' | 'invalid'>, refused = new Set<string>()) {
  const written: string[] = [];
  const batches: number[] = [];
  const write = (inputs: readonly AnswerRecordInput[]): StoreResult<AnswerRecord[]> => {
    const outcome = outcomes.shift() ?? 'ok';
    if (outcome === 'busy') return fail('busy', 'database is locked');
    if (outcome === 'invalid' || inputs.some((i) => refused.has(i.question)))
      return fail('invalid', 'CHECK constraint failed');
    batches.push(inputs.length);
    written.push(...inputs.map((i) => i.question));
    return succeed(inputs.map((_, n) => ({ id: written.length - inputs.length + n + 1 }) as unknown as AnswerRecord));
  };
  return { write, written, batches };
}

describe('the audit queue', () => {
  it('does not write in the caller’s turn, then writes in order, in batches', async () => {
    const { write, written, batches } = fakeWriter([]);
    const queue = createAuditQueue(write, Date.now, OPTIONS);
    queue.enqueue(makeAnswerInput({ question: 'a' }));
    queue.enqueue(makeAnswerInput({ question: 'b' }));
    queue.enqueue(makeAnswerInput({ question: 'c' }));
    expect(written).toEqual([]);
    expect(await queue.drained(1000)).toBe(true);
    expect(written).toEqual(['a', 'b', 'c']);
    expect(batches).toEqual([2, 1]);
    expect(queue.stats()).toMatchObject({ pending: 0, written: 3, dropped: 0 });
  });

  it('retries while the database is busy, keeping each row’s own time', async () => {
    const clock = createManualClock();
    const seen: number[] = [];
    const { write, written } = fakeWriter(['busy', 'busy', 'busy']);
    const queue = createAuditQueue(
      (inputs) => {
        seen.push(...inputs.map((i) => i.createdAt ?? -1));
        return write(inputs);
      },
      clock.now,
      OPTIONS,
    );
    const delayed: string[] = [];
    queue.enqueue(makeAnswerInput({ question: 'late' }), { onDelayed: (f) => delayed.push(f.reason) });
    const askedAt = clock.now();
    clock.advance(60_000);
    expect(await queue.drained(2000)).toBe(true);
    expect(written).toEqual(['late']);
    expect(queue.stats().retries).toBe(3);
    // Told once, not once per retry: what /metrics counts as one database failure.
    expect(delayed).toEqual(['busy']);
    expect(new Set(seen)).toEqual(new Set([askedAt]));
  });

  it('drops and counts rows once full, and tells the caller', async () => {
    const { write } = fakeWriter(Array(1000).fill('busy'));
    const queue = createAuditQueue(write, Date.now, OPTIONS);
    const outcomes = ['1', '2', '3', '4', '5'].map((q) => queue.enqueue(makeAnswerInput({ question: q })));
    expect(outcomes.map((o) => o.kind)).toEqual(['queued', 'queued', 'queued', 'dropped', 'dropped']);
    expect(outcomes[4]).toEqual({ kind: 'dropped', dropped: 2 });
    queue.close();
    expect(queue.stats()).toMatchObject({ pending: 0, written: 0, dropped: 5 });
  });

  it('gives up a row the database refuses as invalid, and says so', async () => {
    const { write, written } = fakeWriter([], new Set(['bad']));
    const queue = createAuditQueue(write, Date.now, OPTIONS);
    const reasons: string[] = [];
    queue.enqueue(makeAnswerInput({ question: 'bad' }), { onDropped: (failure) => reasons.push(failure.reason) });
    queue.enqueue(makeAnswerInput({ question: 'good' }));
    await queue.drained(1000);
    expect(written).toEqual(['good']);
    expect(reasons).toEqual(['invalid']);
  });
});

describe('the store’s audit queue on a real file', () => {
  it('returns at once while another connection holds the write lock, and writes once it is free', async () => {
    const { store, path } = openTempStore();
    const other = new Database(path);
    closeAfterTest(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    for (let i = 0; i < 20; i++) store.auditQueue.enqueue(makeAnswerInput({ messageId: String(1000 + i) }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(store.auditQueue.stats()).toMatchObject({ pending: 20, written: 0 });
    other.exec('COMMIT');
    expect(await store.auditQueue.drained(5000)).toBe(true);
    const found = store.audit.findByMessageId('1019');
    expect(found.ok && found.value?.messageId).toBe('1019');
  });
});
