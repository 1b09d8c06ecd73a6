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
import type { RateLimiter } from '../moderation/rate-limit.js';
import type { GuildIndexes } from '../readings/guild-indexes.js';
import type { Store } from '../store/index.js';
import type { CorpusUpdates } from './readings/corpus-updates.js';
import type { ReadingDrafts } from './readings/reading-drafts.js';
import type { SessionStore } from './sessions.js';

export interface BotContext {
  /** The index this event's server answers from (shared corpus + its own readings), fixed for the event. */
  readonly index: SearchIndex;
  /** Distinct outlet names of that index, sorted: autocomplete and /compare read them. */
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
}

export interface Command {
  readonly data: SharedSlashCommand | ContextMenuCommandBuilder;
  /** Must acknowledge within Discord's 3 s: reply at once, or defer first when the work may take longer. */
  execute(interaction: CommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** Buttons are routed by the first `:`-separated part of their custom id; so are the modals they open. */
export interface ButtonHandler {
  readonly prefix: string;
  execute(interaction: ButtonInteraction, args: readonly string[], context: BotContext): Promise<void>;
  submit?(interaction: ModalSubmitInteraction, args: readonly string[], context: BotContext): Promise<void>;
}

export const CUSTOM_ID_SEPARATOR = ':';
const MAX_CUSTOM_ID = 100;

/** `prefix:arg1:arg2`, or null when it would not fit Discord's 100-character limit. */
export function buildCustomId(prefix: string, ...args: readonly string[]): string | null {
  const id = [prefix, ...args].join(CUSTOM_ID_SEPARATOR);
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

export function parseCustomId(customId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = customId.split(CUSTOM_ID_SEPARATOR);
  return { prefix, args };
}
