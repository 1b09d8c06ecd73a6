// Paging state for answers with a "More" button. A custom id holds at most 100 characters, a question up
// to 500, so the question lives here under a short id. Each session expires before the 15-minute
// interaction token does, and on expiry the buttons that were sent are disabled through that token.
import { randomBytes } from 'node:crypto';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';

export interface AskSession {
  /** Where it was asked: which index answers the next page. */
  readonly guildId: string | null;
  readonly question: string;
  readonly outlet: string | undefined;
  readonly count: number;
  readonly ownerId: string;
  /** Public answers carry Helpful / Not relevant / Remove buttons; private ones need none. */
  readonly moderationButtons: boolean;
  readonly enabledOutlets: readonly string[] | null;
  page: number;
  /** The components of the page on show: what expiry disables. */
  components: ReadonlyArray<APIActionRowComponent<APIComponentInMessageActionRow>>;
}

export interface SessionOptions {
  /** How long buttons stay live. Under Discord's 15-minute token life so the expiry edit still works. */
  readonly lifetimeMs: number;
}

export const DEFAULT_SESSIONS: SessionOptions = { lifetimeMs: 14 * 60 * 1000 };

interface Entry {
  readonly session: AskSession;
  timer: NodeJS.Timeout | null;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: SessionOptions = DEFAULT_SESSIONS) {}

  /** Stores a session under a fresh id; its clock starts with `arm`, once the message exists. */
  create(session: AskSession): string {
    const id = randomBytes(6).toString('base64url');
    this.entries.set(id, { session, timer: null });
    return id;
  }

  /** Starts the lifetime; `onExpire` runs once when it ends (its errors are the caller's to log). */
  arm(id: string, onExpire: (session: AskSession) => Promise<void>): void {
    const entry = this.entries.get(id);
    if (!entry || entry.timer) return;
    entry.timer = setTimeout(() => {
      this.entries.delete(id);
      void onExpire(entry.session);
    }, this.options.lifetimeMs);
    entry.timer.unref();
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(id);
  }

  get(id: string): AskSession | undefined {
    return this.entries.get(id)?.session;
  }

  get size(): number {
    return this.entries.size;
  }

  /** On shutdown: forget everything without editing messages (the tokens outlive us by design). */
  clear(): void {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.entries.clear();
  }
}
