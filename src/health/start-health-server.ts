// HEALTH_PORT: a small HTTP server for a supervisor or Prometheus, on 127.0.0.1 unless HEALTH_HOST says
// otherwise (it tells the state of the bot to anyone who can reach it; no secrets, no questions).
//   GET /healthz  200 while the process serves requests at all
//   GET /readyz   200 when the gateway is connected and a corpus is loaded; 503 otherwise. A database
//                 that cannot be written is "degraded", not unready: the bot answers on default settings.
//   GET /metrics  Prometheus text (prom-client)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotMetrics, CorpusSize } from '../metrics/bot-metrics.js';
import type { GatewayState } from '../metrics/watch-client.js';

/** Degraded: open read-only, or not open at all; answers go on with the settings it can read, or defaults. */
export type DatabaseState = { readonly state: 'writable' } | { readonly state: 'degraded'; readonly reason: string };

export interface HealthSources {
  readonly gateway: () => GatewayState;
  readonly corpus: () => CorpusSize;
  readonly database: () => DatabaseState;
  readonly metrics: BotMetrics;
}

export interface Readiness {
  readonly ready: boolean;
  readonly gateway: GatewayState;
  readonly corpus: CorpusSize & { readonly loaded: boolean };
  readonly database: DatabaseState;
}

export function readReadiness(sources: HealthSources): Readiness {
  const gateway = sources.gateway();
  const size = sources.corpus();
  const corpus = { ...size, loaded: size.paragraphs > 0 };
  return { ready: gateway.connected && corpus.loaded, gateway, corpus, database: sources.database() };
}

/** A listen failure, worded with the variable to change. */
export class HealthServerError extends Error {
  override name = 'HealthServerError';
}

export interface HealthServer {
  /** `http://host:port`, with the port actually bound (HEALTH_PORT=0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  readonly host: string;
  readonly port: number;
  readonly sources: HealthSources;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${JSON.stringify(body)}\n`);
}

async function answer(request: IncomingMessage, response: ServerResponse, sources: HealthSources): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(request.url ?? '/', 'http://health').pathname;
  if (path === '/healthz')
    return sendJson(response, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  if (path === '/readyz') {
    const readiness = readReadiness(sources);
    return sendJson(response, readiness.ready ? 200 : 503, readiness);
  }
  if (path === '/metrics') {
    const text = await sources.metrics.render();
    response.writeHead(200, { 'content-type': sources.metrics.contentType }).end(text);
    return;
  }
  sendJson(response, 404, { error: 'not found', paths: ['/healthz', '/readyz', '/metrics'] });
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') return `HEALTH_PORT: ${where} is already in use`;
  if (error.code === 'EACCES')
    return `HEALTH_PORT: not allowed to listen on ${where} (ports below 1024 need privileges)`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return `HEALTH_HOST: ${host} is not an address of this machine`;
  return `HEALTH_PORT: cannot listen on ${where} (${error.code ?? error.message})`;
}

export function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    answer(request, response, options.sources).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'health check failed' });
      else response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new HealthServerError(describeListenError(error, options.host, options.port))),
    );
    server.listen(options.port, options.host, () => {
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
