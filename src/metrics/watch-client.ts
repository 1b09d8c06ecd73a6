// The REST and gateway side of /metrics, read from discord.js's own events so no Discord code has to
// report them: every REST response of 400 or more (429s included), every rate-limit wait, every
// reconnect. Also what /readyz asks: is every shard of this process connected?
import { type Client, Events, RESTEvents, Status } from 'discord.js';
import type { SearchIndex } from '../core/retrieval/build-index.js';
import type { Store } from '../store/index.js';
import type { BotMetrics } from './bot-metrics.js';

/** What a scrape reads from the running bot; the shared index is read each time, so a reloaded corpus counts. */
export interface WatchedBot {
  indexFor(guildId: null): SearchIndex;
  readonly store: Store;
  readonly metrics: BotMetrics;
}

export function watchBot(client: Client, bot: WatchedBot): void {
  const { metrics } = bot;
  metrics.watchCorpus(() => {
    const index = bot.indexFor(null);
    return { documents: index.documents.length, paragraphs: index.paragraphs.length };
  });
  metrics.watchAuditQueue(() => bot.store.auditQueue.stats());
  metrics.watchDatabase(() => {
    const status = bot.store.status();
    return status.kind === 'ready' && !status.readonly;
  });
  client.rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status >= 400) metrics.recordRestError(response.status);
  });
  client.rest.on(RESTEvents.RateLimited, () => metrics.recordRateLimited());
  client.on(Events.ShardReconnecting, () => metrics.recordGatewayReconnect());
}

export interface GatewayState {
  readonly connected: boolean;
  /** discord.js's status name per shard of this process: READY, CONNECTING, RESUMING, ... */
  readonly shards: readonly { readonly id: number; readonly status: string }[];
  /** Last heartbeat round trip in ms; -1 before the first. */
  readonly ping: number;
}

export function readGatewayState(client: Client): GatewayState {
  const shards = [...client.ws.shards.values()].map((shard) => ({
    id: shard.id,
    status: Status[shard.status] ?? String(shard.status),
  }));
  return {
    connected: shards.length > 0 && [...client.ws.shards.values()].every((shard) => shard.status === Status.Ready),
    shards,
    ping: client.ws.ping,
  };
}
