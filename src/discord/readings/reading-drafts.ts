// Readings shown in a preview and not yet confirmed, in memory: nothing is stored until Confirm, and a
// restart or 15 minutes forgets a preview (the moderator runs /readings add again).
import { randomUUID } from 'node:crypto';
import type { ReadingDraft } from '../../readings/prepare-reading.js';

export interface PendingReading {
  readonly draft: ReadingDraft;
  readonly guildId: string;
  /** Only the moderator who asked for the preview may confirm, edit or cancel it. */
  readonly userId: string;
  readonly expiresAt: number;
}

export const DRAFT_LIFETIME_MS = 15 * 60 * 1000;
const MAX_DRAFTS = 500;

export class ReadingDrafts {
  private readonly drafts = new Map<string, PendingReading>();

  constructor(private readonly now: () => number) {}

  create(draft: ReadingDraft, guildId: string, userId: string): string {
    this.sweep();
    // Short ids: custom ids have 100 characters and carry a prefix and an action too.
    const id = randomUUID().replaceAll('-', '').slice(0, 16);
    this.drafts.set(id, { draft, guildId, userId, expiresAt: this.now() + DRAFT_LIFETIME_MS });
    while (this.drafts.size > MAX_DRAFTS) {
      const oldest = this.drafts.keys().next().value;
      if (oldest === undefined) break;
      this.drafts.delete(oldest);
    }
    return id;
  }

  get(id: string): PendingReading | undefined {
    const pending = this.drafts.get(id);
    if (pending === undefined || pending.expiresAt <= this.now()) {
      this.drafts.delete(id);
      return undefined;
    }
    return pending;
  }

  replace(id: string, draft: ReadingDraft): void {
    const pending = this.get(id);
    if (pending !== undefined) this.drafts.set(id, { ...pending, draft });
  }

  delete(id: string): void {
    this.drafts.delete(id);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, pending] of this.drafts) if (pending.expiresAt <= now) this.drafts.delete(id);
  }
}
