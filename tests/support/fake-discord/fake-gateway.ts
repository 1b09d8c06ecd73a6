// The gateway half of the fake Discord: a WebSocket that speaks plain JSON (discord.js uses no
// compression without zlib-sync): HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, and
// dispatches pushed by the test.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface GatewayIdentity {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Record<string, unknown>;
  readonly guild: Record<string, unknown>;
  readonly sessionId: string;
  /** When false, identifying with a privileged intent is refused with close code 4014, as Discord does. */
  readonly allowPrivilegedIntents: boolean;
}

/** GuildMembers, GuildPresences, MessageContent. */
const PRIVILEGED_INTENTS = 2 | 256 | 32768;

export interface IdentifyPayload {
  readonly token: string;
  readonly intents: number;
  readonly [key: string]: unknown;
}

export class FakeGateway {
  readonly identifies: IdentifyPayload[] = [];
  private server: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private sequence = 0;
  private readyWaiters: Array<() => void> = [];
  private closeWaiters: Array<(code: number) => void> = [];

  constructor(private readonly identity: GatewayIdentity) {}

  async listen(): Promise<void> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    server.on('connection', (socket) => this.accept(socket));
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    return `ws://127.0.0.1:${address?.port ?? 0}`;
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  /** Resolves once a client has identified and been sent READY and GUILD_CREATE. */
  waitForIdentify(): Promise<void> {
    if (this.socket && this.identifies.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Resolves with the close code when the current client disconnects. */
  waitForClose(): Promise<number> {
    if (!this.socket) return Promise.resolve(1000);
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  dispatch(event: string, data: unknown): void {
    if (!this.socket) throw new Error('no client is connected to the fake gateway');
    this.dispatchTo(this.socket, event, data);
  }

  /** To one connection: with several shards connected, READY must reach the shard that identified. */
  private dispatchTo(socket: WebSocket, event: string, data: unknown): void {
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: event, s: this.sequence, d: data }));
  }

  /** Cuts the current connection without a close frame, as a network drop does; discord.js resumes. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  async close(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    this.sequence = 0;
    // A long interval: the client's first heartbeat is jittered inside it, and we ACK whenever it comes.
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => this.receive(socket, JSON.parse(raw.toString())));
    socket.on('close', (code) => {
      if (this.socket === socket) this.socket = null;
      for (const waiter of this.closeWaiters.splice(0)) waiter(code);
    });
  }

  private receive(socket: WebSocket, packet: { op: number; d: unknown }): void {
    if (packet.op === 1) {
      socket.send(JSON.stringify({ op: 11 }));
      return;
    }
    if (packet.op === 6) {
      // RESUME after a drop: the same session goes on.
      this.socket = socket;
      this.dispatchTo(socket, 'RESUMED', {});
      return;
    }
    if (packet.op !== 2) return;
    const identify = packet.d as IdentifyPayload;
    if (identify.token !== this.identity.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    this.identifies.push(identify);
    if (!this.identity.allowPrivilegedIntents && (identify.intents & PRIVILEGED_INTENTS) !== 0) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.socket = socket;
    this.dispatchTo(socket, 'READY', {
      v: 10,
      user: this.identity.botUser,
      guilds: [{ id: this.identity.guild.id, unavailable: true }],
      session_id: this.identity.sessionId,
      resume_gateway_url: this.url,
      application: { id: this.identity.applicationId, flags: 0 },
    });
    this.dispatchTo(socket, 'GUILD_CREATE', this.identity.guild);
    for (const waiter of this.readyWaiters.splice(0)) waiter();
  }
}
