// The REST half of the fake Discord: records every request the bot makes and answers the routes a bot
// uses with plausible objects. Failures can be queued per route to test retries and apologies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path below the versioned API root, without query: `/interactions/1/tok/callback`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON; tests narrow them.
  readonly body: any;
  /** A multipart upload (a message with files): `body` stays the raw text, this holds its parts. */
  readonly multipart?: MultipartBody;
  /** The status the fake answered with. */
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the JSON the fake answered with, if any.
  response?: any;
}

export interface UploadedFile {
  /** The form field, `files[0]` and so on. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string | null;
  readonly content: string;
}

export interface MultipartBody {
  // biome-ignore lint/suspicious/noExplicitAny: the `payload_json` part, arbitrary JSON; tests narrow it.
  readonly payload: any;
  readonly files: readonly UploadedFile[];
}

/** The parts of a `multipart/form-data` body, as discord.js sends a message with attachments. */
export function parseMultipart(raw: string, contentType: string | undefined): MultipartBody | undefined {
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (boundary === undefined) return undefined;
  let payload: unknown = null;
  const files: UploadedFile[] = [];
  for (const part of raw.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break;
    const split = part.indexOf('\r\n\r\n');
    const headers = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename === undefined) {
      if (field === 'payload_json') payload = JSON.parse(content);
      continue;
    }
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? null;
    files.push({ field, filename, contentType: type, content });
  }
  return { payload, files };
}

export type RequestMatcher = (request: RecordedRequest) => boolean;

export interface QueuedFailure {
  readonly match: RequestMatcher;
  readonly status: 500 | 429 | 401 | 403 | 404;
  /** For 429: seconds, as Discord sends them. */
  readonly retryAfter?: number;
  /** How many matching requests fail; Infinity for a route that stays down. */
  remaining: number;
}

export type RouteHandler = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

export interface FakeRestOptions {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Record<string, unknown>;
  readonly gatewayUrl: () => string;
  /** What `GET /gateway/bot` recommends; 1 unless a test asks for more. */
  readonly shards?: number;
  /** Where interaction replies land: every fake interaction happens in the fake's one text channel. */
  readonly channelId?: string;
}

let nextSnowflake = 1_300_000_000_000_000_000n;
export function makeSnowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: QueuedFailure[] = [];
  private readonly waiters: Array<{ match: RequestMatcher; resolve: (r: RecordedRequest) => void }> = [];
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly options: FakeRestOptions) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  failNext(failure: Omit<QueuedFailure, 'remaining'> & { times?: number }): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  /** Resolves with the first request, past or future, that matches. Never sleeps. */
  waitForRequest(match: RequestMatcher, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const routes = this.requests.map((r) => `${r.method} ${r.path}`).join('\n  ');
        reject(new Error(`no matching request within ${timeoutMs} ms; seen:\n  ${routes}`));
      }, timeoutMs);
      this.waiters.push({
        match,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, '');
    let body: unknown = null;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const multipart = parseMultipart(raw, req.headers['content-type']);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      ...(multipart !== undefined && { multipart }),
      status: 0,
    };
    const answer = this.answer(request);
    request.status = answer.status;
    request.response = answer.body;
    const headers: Record<string, string> = {
      ...(answer.body !== undefined && { 'content-type': 'application/json' }),
      ...answer.headers,
    };
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    // Record after answering so a waiter sees the final status.
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(request)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  private answer(request: RecordedRequest): { status: number; body?: unknown; headers?: Record<string, string> } {
    const failure = this.failures.find((f) => f.remaining > 0 && f.match(request));
    if (failure) {
      failure.remaining -= 1;
      if (failure.status === 429) {
        const retryAfter = failure.retryAfter ?? 0.05;
        return {
          status: 429,
          headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
          body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        };
      }
      return { status: failure.status, body: { message: 'fake failure', code: 0 } };
    }
    const needsAuth = !request.path.startsWith('/interactions/') && !request.path.startsWith('/webhooks/');
    if (needsAuth && request.headers.authorization !== `Bot ${this.options.token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    // An upload is answered like the same message sent as JSON: the routes see its `payload_json`.
    return this.route(request.multipart ? { ...request, body: request.multipart.payload } : request);
  }

  private route(request: RecordedRequest): { status: number; body?: unknown } {
    const { method, path } = request;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.options.gatewayUrl(),
          shards: this.options.shards ?? 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      if (request.query.get('with_response') === 'true') {
        return { status: 200, body: { interaction: { id: path.split('/')[2], type: 2 }, resource: null } };
      }
      return { status: 204 };
    }
    if (method === 'PUT' && /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/.test(path)) {
      const commands = Array.isArray(request.body) ? request.body : [];
      return { status: 200, body: commands.map((c: object) => ({ ...c, id: makeSnowflake(), version: '1' })) };
    }
    const webhook = /^\/webhooks\/([^/]+)\/[^/]+(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook && (method === 'PATCH' || method === 'POST')) {
      const id = webhook[2] === '@original' ? undefined : webhook[2];
      return { status: 200, body: this.message(request.body, id, this.options.channelId) };
    }
    const channelMessage = /^\/channels\/([^/]+)\/messages(?:\/([^/]+))?$/.exec(path);
    if (channelMessage?.[2] && method === 'DELETE') return { status: 204 };
    const thread = /^\/channels\/([^/]+)\/messages\/([^/]+)\/threads$/.exec(path);
    if (thread && method === 'POST') {
      const meta = {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      };
      return {
        status: 201,
        body: { id: makeSnowflake(), type: 11, parent_id: thread[1], name: request.body?.name, thread_metadata: meta },
      };
    }
    if (channelMessage && (method === 'POST' || method === 'PATCH')) {
      return { status: 200, body: this.message(request.body, channelMessage[2], channelMessage[1]) };
    }
    return { status: 404, body: { message: `fake Discord has no route ${method} ${path}`, code: 0 } };
  }

  /** A message object built from what the bot sent, enough for discord.js to construct a Message. */
  private message(sent: Record<string, unknown> | null, id?: string, channelId = 'unknown'): Record<string, unknown> {
    return {
      id: id ?? makeSnowflake(),
      channel_id: channelId,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      author: this.options.botUser,
      application_id: this.options.applicationId,
      ...(sent ?? {}),
    };
  }
}
