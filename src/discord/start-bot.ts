// Starting the bot: load the corpus once, build the index, log in, route events. Returns a handle whose
// stop() closes the gateway connection; main.ts wires it to signals, tests call it directly.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config/load-config.js';
import { DEFAULT_READINGS_CONFIG } from '../config/load-readings-config.js';
import { createLiveCorpus } from '../corpus/live-corpus.js';
import { DEFAULT_WATCH_CORPUS, type WatchCorpusOptions } from '../corpus/watch-corpus.js';
import { type BotMetrics, createBotMetrics } from '../metrics/bot-metrics.js';
import { countStoreFailures } from '../metrics/count-store-failures.js';
import { watchBot } from '../metrics/watch-client.js';
import { createRateLimiter } from '../policy/rate-limit.js';
import { createGuildIndexes } from '../readings/guild-indexes.js';
import { openStore, schedulePurge } from '../store/index.js';
import { createRouter, handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { DEFAULT_SESSIONS, type SessionOptions, SessionStore } from './pipeline/sessions.js';
import { type CorpusUpdates, startCorpusUpdates } from './readings/corpus-updates.js';
import { ReadingDrafts } from './readings/reading-drafts.js';
import { scopeToGuild } from './readings/scope-context.js';
import type { BotContext } from './types.js';

/** A start-up failure caused by configuration: its message names the variable to fix. */
export class BotStartError extends Error {
  override name = 'BotStartError';
}

/** Gateway close codes that no retry will fix, and the variable a person must change. */
const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, 'DISCORD_TOKEN: Discord rejected the token (reset it in the Developer Portal, Bot page)'],
  [
    4014,
    'MESSAGE_CONTENT_INTENT: the Message Content intent is not enabled for this bot in the Developer Portal (Bot page)',
  ],
]);

export interface StartBotOptions {
  readonly logger: Logger;
  readonly sessions?: SessionOptions;
  /** The clock for the store, cooldowns and retention; Date.now unless a test injects one. */
  readonly now?: () => number;
  /** The random source for /quiz; Math.random unless a test injects one. */
  readonly random?: () => number;
  /** How CORPUS_DIR is watched; false for no watching. */
  readonly watchCorpus?: WatchCorpusOptions | false;
  /** Counters for /metrics; a fresh set unless the caller serves them. */
  readonly metrics?: BotMetrics;
}

export interface BotHandle {
  readonly client: Client<true>;
  readonly context: BotContext;
  readonly corpusUpdates: CorpusUpdates;
  stop(): Promise<void>;
}

/** Only what is used: guild events for slash commands, guild messages for mentions. */
export function chooseIntents(config: Pick<BotConfig, 'messageContentIntent'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export async function startBot(config: BotConfig, options: StartBotOptions): Promise<BotHandle> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const loadStarted = performance.now();
  const readings = config.readings ?? DEFAULT_READINGS_CONFIG;
  const corpus = createLiveCorpus(config.corpusDir);
  logger.info(
    {
      documents: corpus.current().index.documents.length,
      paragraphs: corpus.current().index.paragraphs.length,
      ms: Math.round(performance.now() - loadStarted),
    },
    'corpus loaded',
  );
  const metrics = options.metrics ?? createBotMetrics();
  const store = countStoreFailures(
    openStore({ path: config.databasePath, now, onEvent: (e) => logger.warn({ event: e.kind }, e.message) }),
    metrics.recordDatabaseFailure,
  );
  const router = createRouter();
  const client = new Client({
    intents: chooseIntents(config),
    ...(config.apiUrl !== undefined && { rest: { api: config.apiUrl } }),
  });
  const corpusUpdates = startCorpusUpdates({ corpus, logger, store, readings }, client, {
    directory: config.corpusDir,
    watch: options.watchCorpus ?? DEFAULT_WATCH_CORPUS,
  });
  const guildIndexes = createGuildIndexes({
    corpus,
    readings: store.readings,
    onProblem: (guildId, message) => logger.warn({ guildId }, message),
  });
  const context: BotContext = {
    metrics,
    // The shared corpus plus that server's readings (never another's), built on the latest snapshot the
    // watcher swapped in; each event is scoped once (scopeToGuild) so it keeps the index it started with.
    indexFor: (guildId) => guildIndexes.indexFor(guildId).index,
    get outlets() {
      return corpus.current().outlets;
    },
    corpus,
    guildIndexes,
    readingDrafts: new ReadingDrafts(now),
    logger,
    sessions: new SessionStore(options.sessions ?? DEFAULT_SESSIONS),
    store,
    readings,
    corpusUpdates,
    rateLimiter: createRateLimiter(),
    now,
    random: options.random ?? Math.random,
  };
  const storeStatus = context.store.status();
  if (storeStatus.kind !== 'ready')
    logger.warn({ reason: storeStatus.failure.message }, 'database unavailable: answering with default settings');
  // Retention: purge once now, then daily; each server's own retentionDays decides what goes.
  const stopPurge = schedulePurge(context.store.retention, {
    onResult: (result) => {
      if (!result.ok) logger.warn({ reason: result.message }, 'retention purge failed');
      else if (result.value.answers > 0) logger.info({ purged: result.value.answers }, 'old questions purged');
    },
  });
  watchBot(client, context);
  client.on(
    Events.InteractionCreate,
    (interaction) => void handleInteraction(router, interaction, scopeToGuild(context, interaction.guildId)),
  );
  client.on(Events.MessageCreate, (message) => void handleMessage(message, scopeToGuild(context, message.guildId)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway disconnected'));

  // discord.js does not reject login when the gateway refuses the session; it reports a disconnect.
  const ready = new Promise<Client<true>>((resolve, reject) => {
    client.once(Events.ClientReady, resolve);
    client.on(Events.ShardDisconnect, (event) => {
      const reason = FATAL_CLOSE_CODES.get(event.code);
      if (reason !== undefined) reject(new BotStartError(reason));
    });
  });
  let readyClient: Client<true>;
  try {
    await client.login(config.token);
    readyClient = await ready;
  } catch (error) {
    await client.destroy();
    stopPurge();
    corpusUpdates.stop();
    store.close();
    // Login rejects with discord.js's own errors for the same two causes; name the variable instead.
    if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid')
      throw new BotStartError(FATAL_CLOSE_CODES.get(4004));
    if (error instanceof Error && /disallowed intents/i.test(error.message))
      throw new BotStartError(FATAL_CLOSE_CODES.get(4014));
    throw error;
  }
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'bot ready');
  return {
    client: readyClient,
    context,
    corpusUpdates,
    async stop() {
      context.sessions.clear();
      stopPurge();
      corpusUpdates.stop();
      await client.destroy();
      context.store.close();
      logger.info('bot stopped');
    },
  };
}
