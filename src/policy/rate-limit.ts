// Rate limits: a per-member cooldown and a per-server burst limit. Pure: the caller passes the time and
// the member's settings; the limiter only keeps the recent timestamps in memory (a restart forgives).

export interface RateLimitOptions {
  /** At most this many answers per server within `burstWindowSeconds`, everyone together. */
  readonly burstLimit: number;
  readonly burstWindowSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burstLimit: 20, burstWindowSeconds: 60 };

export interface RateLimitRequest {
  readonly guildId: string;
  readonly userId: string;
  /** The server's `cooldownSeconds` setting; 0 turns the per-member cooldown off. */
  readonly cooldownSeconds: number;
  readonly isModerator: boolean;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

export type RateDecision =
  | { readonly kind: 'allowed' }
  | {
      readonly kind: 'limited';
      readonly reason: 'cooldown' | 'burst';
      /** Whole seconds, at least 1: the "try again in N s" the member sees. */
      readonly retryAfterSeconds: number;
    };

export interface RateLimiter {
  /** Decides, and when allowed counts the question. A limited request is not counted. */
  check(request: RateLimitRequest): RateDecision;
}

function toRetrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export function createRateLimiter(options: RateLimitOptions = DEFAULT_RATE_LIMIT): RateLimiter {
  const lastByMember = new Map<string, number>();
  const recentByGuild = new Map<string, number[]>();
  const windowMs = options.burstWindowSeconds * 1000;

  return {
    check(request) {
      // Moderators are exempt and do not use up the server's budget either.
      if (request.isModerator) return { kind: 'allowed' };
      const memberKey = `${request.guildId}:${request.userId}`;
      const last = lastByMember.get(memberKey);
      const cooldownMs = request.cooldownSeconds * 1000;
      if (last !== undefined && request.now - last < cooldownMs) {
        return {
          kind: 'limited',
          reason: 'cooldown',
          retryAfterSeconds: toRetrySeconds(last + cooldownMs - request.now),
        };
      }
      const recent = (recentByGuild.get(request.guildId) ?? []).filter((t) => request.now - t < windowMs);
      if (recent.length >= options.burstLimit) {
        recentByGuild.set(request.guildId, recent);
        const oldest = recent[0] ?? request.now;
        return { kind: 'limited', reason: 'burst', retryAfterSeconds: toRetrySeconds(oldest + windowMs - request.now) };
      }
      recent.push(request.now);
      recentByGuild.set(request.guildId, recent);
      lastByMember.set(memberKey, request.now);
      // Forget members whose cooldown is long over, so the map does not grow with every member ever seen.
      if (lastByMember.size > 10_000) {
        for (const [key, at] of lastByMember) if (request.now - at > 3_600_000) lastByMember.delete(key);
      }
      return { kind: 'allowed' };
    },
  };
}
