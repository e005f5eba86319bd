import type { Redis } from 'ioredis';
import {
  BurstyRateLimiter,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface RateLimitSettings {
  /** Messages one sender may send per minute before being throttled. */
  senderPerMinute: number;
  /** Extra messages allowed on top of that in the same minute (people type in bursts). */
  senderBurst: number;
  /** Failed console logins one IP address may try per window. */
  loginAttempts: number;
  loginWindowSeconds: number;
  /** Slack commands and button clicks one Slack user may send per minute. */
  slackPerMinute: number;
}

export interface SenderVerdict {
  allowed: boolean;
  /** The first refusal of this window: the sender gets one polite "slow down", not one per message. */
  notify: boolean;
}

export interface RateLimits {
  /** Counts one inbound message of `sender` (channel and address). */
  inbound(sender: string): Promise<SenderVerdict>;
  /** True while `sender` is over its limit in the current window (counts nothing): for retried webhooks. */
  inboundOver(sender: string): Promise<boolean>;
  /** Counts one console login attempt from `ip`; false once the address is over its limit. */
  loginAttempt(ip: string): Promise<boolean>;
  /** A right password: its attempt does not count against the address. */
  loginSucceeded(ip: string): Promise<void>;
  /** Counts one Slack request of a user; false when over the limit. */
  slack(userId: string): Promise<boolean>;
}

/**
 * Fixed-window counters in Redis (rate-limiter-flexible), shared by every server process. When Redis is down
 * each limiter falls back to an in-memory one of the same size (`insuranceLimiter`), so an outage neither
 * lets a flood through nor blocks anyone: the limits then hold per process.
 */
export function createRateLimits(redis: Redis, prefix: string, settings: RateLimitSettings): RateLimits {
  const limiter = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:rl:${keyPrefix}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    });
  const senderMain = limiter('sender', settings.senderPerMinute, 60);
  const sender = new BurstyRateLimiter(senderMain, limiter('sender-burst', settings.senderBurst, 60));
  const notice = limiter('sender-notice', 1, 60);
  const login = limiter('login', settings.loginAttempts, settings.loginWindowSeconds);
  const slack = limiter('slack', settings.slackPerMinute, 60);

  return {
    async inbound(key) {
      if (await consumed(sender, key)) return { allowed: true, notify: false };
      return { allowed: false, notify: await consumed(notice, key) };
    },
    async inboundOver(key) {
      // The main window counts every message, refused ones too: past the limit plus the burst, it is over.
      const state = await senderMain.get(key).catch(() => null);
      return (state?.consumedPoints ?? 0) > settings.senderPerMinute + settings.senderBurst;
    },
    loginAttempt: (ip) => consumed(login, ip),
    async loginSucceeded(ip) {
      await login.reward(ip, 1).catch(() => {});
    },
    slack: (userId) => consumed(slack, userId),
  };
}

/** True when a point was taken; false when over the limit. A store error (after the fallback) lets it pass. */
async function consumed(limiter: RateLimiterAbstract | BurstyRateLimiter, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    return true;
  }
}
