import type { Redis } from 'ioredis';

/**
 * Tokens spent and fallbacks taken per event and day, shared by every process (web and workers) so one
 * event's daily budget holds however many processes call the model.
 */
export interface UsageLedger {
  /** Adds `tokens` to the day's spend and returns the new total. */
  spend(eventId: string, day: string, tokens: number): Promise<number>;
  spent(eventId: string, day: string): Promise<number>;
  countFallback(eventId: string, day: string, reason: string): Promise<void>;
  /** The day's fallbacks by reason. */
  fallbacks(eventId: string, day: string): Promise<Record<string, number>>;
}

/** Counters outlive their day by one more, long enough to read yesterday's numbers. */
const KEEP_SECONDS = 2 * 24 * 3600;

/** The ledger in Redis: INCRBY and HINCRBY are atomic, so concurrent calls never lose a count. */
export class RedisUsageLedger implements UsageLedger {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(kind: string, eventId: string, day: string): string {
    return `${this.prefix}:llm-${kind}:${eventId}:${day}`;
  }

  async spend(eventId: string, day: string, tokens: number): Promise<number> {
    const key = this.key('tokens', eventId, day);
    const [[, total]] = (await this.redis
      .multi()
      .incrby(key, Math.round(tokens))
      .expire(key, KEEP_SECONDS)
      .exec()) as [[Error | null, number]];
    return Number(total);
  }

  async spent(eventId: string, day: string): Promise<number> {
    return Number((await this.redis.get(this.key('tokens', eventId, day))) ?? 0);
  }

  async countFallback(eventId: string, day: string, reason: string): Promise<void> {
    const key = this.key('fallbacks', eventId, day);
    await this.redis.multi().hincrby(key, reason, 1).expire(key, KEEP_SECONDS).exec();
  }

  async fallbacks(eventId: string, day: string): Promise<Record<string, number>> {
    const counts = await this.redis.hgetall(this.key('fallbacks', eventId, day));
    return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));
  }
}
