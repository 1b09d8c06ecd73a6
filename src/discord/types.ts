// The shapes every command and button shares. Adding a command is one file in commands/ plus one line in
// commands/index.ts; adding a button is one file in buttons/ plus one line in buttons/index.ts.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandInteraction,
  ContextMenuCommandBuilder,
  ModalSubmitInteraction,
  SharedSlashCommand,
} from 'discord.js';
import type { Logger } from 'pino';
import type { ReadingsConfig } from '../config/load-readings-config.js';
import type { SearchIndex } from '../core/retrieval/build-index.js';
import type { LiveCorpus } from '../corpus/live-corpus.js';
import type { BotMetrics } from '../metrics/bot-metrics.js';
import type { RateLimiter } from '../policy/rate-limit.js';
import type { GuildIndexes } from '../readings/guild-indexes.js';
import type { Store } from '../store/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import type { Admission, QuestionPlace } from './gates/question-gate.js';
import type { SessionStore } from './pipeline/sessions.js';
import type { CorpusUpdates } from './readings/corpus-updates.js';
import type { ReadingDrafts } from './readings/reading-drafts.js';

export interface BotContext {
  /**
   * The index that answers questions asked in this server (null: a direct message): the shared corpus
   * plus that server's readings, never another server's. Within one event it is fixed (scopeToGuild).
   */
  indexFor(guildId: string | null): SearchIndex;
  /** Distinct outlet names of this event's server's index, sorted: autocomplete, /settings outlets, /quiz. */
  readonly outlets: readonly string[];
  /** Per-server indexes (shared corpus + that server's readings); invalidate after a readings change. */
  readonly guildIndexes: GuildIndexes;
  /** /readings add previews waiting for Confirm, Edit metadata or Cancel. */
  readonly readingDrafts: ReadingDrafts;
  /** The shared corpus, reloaded when CORPUS_DIR changes; `index` and `outlets` read its snapshot. */
  readonly corpus: LiveCorpus;
  /** Reloads the shared corpus with logging and the owner's notice: the watcher and /corpus reload. */
  readonly corpusUpdates: CorpusUpdates;
  /** Import limits, per-server readings limits and the owner's server. */
  readonly readings: ReadingsConfig;
  readonly logger: Logger;
  readonly sessions: SessionStore;
  /** Per-server settings, audit log, feedback (SQLite). Reads fall back to defaults when it is down. */
  readonly store: Store;
  /** Per-member cooldown and per-server burst limit; in memory, so a restart clears it. */
  readonly rateLimiter: RateLimiter;
  /** Milliseconds since the epoch: injectable so retention and cooldown tests need no waiting. */
  readonly now: () => number;
  /** A number in [0, 1): Math.random unless a test injects one (which /quiz paragraph is drawn). */
  readonly random: () => number;
  /** /metrics: call it where a question's outcome is known (see src/metrics/bot-metrics.ts). */
  readonly metrics: BotMetrics;
}

/**
 * What the router checks before a command runs (Sapphire's preconditions), declared on the command:
 * - `question`: the server's rules for answering (allowlist, mentions, cooldown, burst limit) and, when
 *   the command declares where its question comes from, that question read and checked first;
 * - `moderator`: in a server, by a member with Manage Server;
 * - `none`: anyone, anywhere.
 * A refused interaction has had its private reply; `execute` runs only when the gate lets it through.
 */
export type Gate = 'question' | 'moderator' | 'none';

/** Where a question command's question comes from: its text, or a refusal shown privately. */
export type QuestionRead = { readonly text: string } | { readonly refusal: string };

export interface QuestionPass {
  readonly admission: Admission;
  readonly place: QuestionPlace;
  /** The checked question; null for a command that declares no question source (/quiz). */
  readonly question: string | null;
  /** performance.now() when the interaction arrived: the audit log's latency starts here. */
  readonly startedAt: number;
}

export interface ModeratorPass {
  readonly guildId: string;
}

export interface GatePasses {
  readonly question: QuestionPass;
  readonly moderator: ModeratorPass;
  readonly none: Record<string, never>;
}

export interface Command<G extends Gate = Gate> {
  readonly data: SharedSlashCommand | ContextMenuCommandBuilder;
  readonly gate: G;
  /** Gate `question` only: the question, read before admission so a refused question costs no cooldown. */
  readQuestion?(interaction: CommandInteraction, context: BotContext): QuestionRead;
  /** Must acknowledge within Discord's 3 s: reply at once, or defer first when the work may take longer. */
  execute(interaction: CommandInteraction, context: BotContext, pass: GatePasses[G]): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** Buttons are routed by the first `:`-separated part of their custom id; so are the modals they open. */
export interface ButtonHandler {
  readonly prefix: string;
  execute(interaction: ButtonInteraction, args: readonly string[], context: BotContext): Promise<void>;
  submit?(interaction: ModalSubmitInteraction, args: readonly string[], context: BotContext): Promise<void>;
}

export const CUSTOM_ID_SEPARATOR = ':';

/** `prefix:arg1:arg2`, or null when it would not fit Discord's 100-character limit. */
export function buildCustomId(prefix: string, ...args: readonly string[]): string | null {
  const id = [prefix, ...args].join(CUSTOM_ID_SEPARATOR);
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

export function parseCustomId(customId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = customId.split(CUSTOM_ID_SEPARATOR);
  return { prefix, args };
}
