// Wires a running bot to the health server: readiness from its gateway, corpus and database, metrics
// from its context. main.ts calls it when HEALTH_PORT is set.
import type { BotHandle } from '../discord/start-bot.js';
import { readGatewayState } from '../metrics/watch-client.js';
import { type DatabaseState, type HealthServer, startHealthServer } from './start-health-server.js';

function readDatabaseState(bot: BotHandle): DatabaseState {
  const status = bot.context.store.status();
  if (status.kind === 'unavailable') return { state: 'degraded', reason: status.failure.message };
  return status.readonly
    ? { state: 'degraded', reason: 'open read-only: settings cannot be saved' }
    : { state: 'writable' };
}

export function serveBotHealth(bot: BotHandle, where: { host: string; port: number }): Promise<HealthServer> {
  return startHealthServer({
    ...where,
    sources: {
      gateway: () => readGatewayState(bot.client),
      corpus: () => ({
        documents: bot.context.indexFor(null).documents.length,
        paragraphs: bot.context.indexFor(null).paragraphs.length,
      }),
      database: () => readDatabaseState(bot),
      metrics: bot.context.metrics,
    },
  });
}
