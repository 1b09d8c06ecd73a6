// What the bot counts, behind one small interface on the bot context, so the Discord code says *what*
// happened (`recordQuestion('slash', 'answered', 0.21)`) and only this file knows Prometheus. Every bot
// has its own registry (tests start several in one process; prom-client's global one would clash).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Answered: quotes were sent. Refused: the bot said it has no answer or a room rule said no. Error: it failed. */
export type QuestionOutcome = 'answered' | 'refused' | 'error';

/** Dispatch to reply, in seconds: Discord's deadline for a first response is 3 s, for a deferred one 15 min. */
export const LATENCY_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30] as const;

export interface CorpusSize {
  readonly documents: number;
  readonly paragraphs: number;
}

export interface AuditBacklog {
  readonly pending: number;
  readonly dropped: number;
}

export interface BotMetrics {
  /** One question, from dispatch to the reply being sent. `trigger` is slash, mention or context-menu. */
  recordQuestion(trigger: string, outcome: QuestionOutcome, seconds: number): void;
  /** An interaction (button, autocomplete, command) that threw, by command name. */
  recordInteractionError(command: string): void;
  /** A REST response with status >= 400 (429 included): discord.js retries some, each one counts. */
  recordRestError(status: number): void;
  /** discord.js had to wait out a rate limit before sending (its own bucket or a 429's retry-after). */
  recordRateLimited(): void;
  recordGatewayReconnect(): void;
  /** A database read or write that failed (busy, read-only, full, unavailable), by operation. */
  recordDatabaseFailure(operation: string): void;
  /** Read at each scrape, so a corpus reloaded while running is reported as it is now. */
  watchCorpus(read: () => CorpusSize): void;
  /** Read at each scrape: 1 while the database opens for writing, 0 while degraded. */
  watchDatabase(isAvailable: () => boolean): void;
  /** Read at each scrape: answers waiting for the database, and those given up on since start. */
  watchAuditQueue(read: () => AuditBacklog): void;
  /** The Prometheus text exposition of everything above, plus Node's process metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  const questions = new Counter({
    name: 'bot_questions_total',
    help: 'Questions by trigger (slash, mention, context-menu) and outcome (answered, refused, error).',
    labelNames: ['trigger', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'bot_question_duration_seconds',
    help: 'Seconds from the event reaching the bot to its reply being sent, by trigger and outcome.',
    labelNames: ['trigger', 'outcome'] as const,
    buckets: [...LATENCY_BUCKETS],
    registers: [registry],
  });
  const interactionErrors = new Counter({
    name: 'bot_interaction_errors_total',
    help: 'Interactions whose handler threw (the member got an apology), by command.',
    labelNames: ['command'] as const,
    registers: [registry],
  });
  const restErrors = new Counter({
    name: 'discord_rest_errors_total',
    help: 'Discord REST responses with status 400 or above, by status (429 is a rate limit).',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'discord_rest_rate_limited_total',
    help: 'Times discord.js waited out a rate limit before sending a request.',
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'discord_gateway_reconnects_total',
    help: 'Gateway connections lost and being re-established (resume or re-identify).',
    registers: [registry],
  });
  const databaseFailures = new Counter({
    name: 'bot_database_failures_total',
    help: 'Database reads and writes that failed, by operation.',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  let corpus: () => CorpusSize = () => ({ documents: 0, paragraphs: 0 });
  new Gauge({
    name: 'bot_corpus_documents',
    help: 'Documents in the corpus being served.',
    registers: [registry],
    collect() {
      this.set(corpus().documents);
    },
  });
  new Gauge({
    name: 'bot_corpus_paragraphs',
    help: 'Indexed paragraphs in the corpus being served (page furniture excluded).',
    registers: [registry],
    collect() {
      this.set(corpus().paragraphs);
    },
  });
  let databaseAvailable: () => boolean = () => false;
  new Gauge({
    name: 'bot_database_available',
    help: '1 while the database is open for writing, 0 while the bot runs degraded on default settings.',
    registers: [registry],
    collect() {
      this.set(databaseAvailable() ? 1 : 0);
    },
  });
  let auditBacklog: () => AuditBacklog = () => ({ pending: 0, dropped: 0 });
  new Gauge({
    name: 'bot_audit_pending',
    help: 'Answers sent but not yet written to the audit log (the database is busy or down; retried).',
    registers: [registry],
    collect() {
      this.set(auditBacklog().pending);
    },
  });
  new Gauge({
    name: 'bot_audit_dropped',
    help: 'Answers never audited since start (the queue was full, or the bot stopped first).',
    registers: [registry],
    collect() {
      this.set(auditBacklog().dropped);
    },
  });
  // Node's own: memory, event-loop lag, CPU, open handles. Same registry, so one scrape has everything.
  collectDefaultMetrics({ register: registry });

  return {
    recordQuestion(trigger, outcome, seconds) {
      questions.inc({ trigger, outcome });
      latency.observe({ trigger, outcome }, Math.max(0, seconds));
    },
    recordInteractionError: (command) => interactionErrors.inc({ command }),
    recordRestError: (status) => restErrors.inc({ status: String(status) }),
    recordRateLimited: () => rateLimited.inc(),
    recordGatewayReconnect: () => reconnects.inc(),
    recordDatabaseFailure: (operation) => databaseFailures.inc({ operation }),
    watchCorpus(read) {
      corpus = read;
    },
    watchDatabase(isAvailable) {
      databaseAvailable = isAvailable;
    },
    watchAuditQueue(read) {
      auditBacklog = read;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
