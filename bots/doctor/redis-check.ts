import { Redis } from 'ioredis';
import { type Check, fail, ok } from './check.js';

/** `maxmemory_policy` from `INFO memory` (managed Redis often refuses CONFIG GET, but answers INFO). */
export function evictionPolicy(info: string): string | null {
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
}

/** BullMQ keeps jobs in Redis: any eviction policy but noeviction can silently drop queued work. */
export const redisReady: Check = async ({ config }) => {
  const reach = 'Redis reachable';
  const policyTitle = 'Redis maxmemory-policy noeviction';
  if (!config.redisUrl)
    return [fail('redis.reachable', reach, 'REDIS_URL is not set', 'Set REDIS_URL (redis://host:port).')];
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const info = await redis.info('memory');
    const policy = evictionPolicy(info);
    return [
      ok('redis.reachable', reach, 'PING answered'),
      policy === 'noeviction'
        ? ok('redis.eviction', policyTitle, 'noeviction')
        : fail(
            'redis.eviction',
            policyTitle,
            `maxmemory-policy is ${policy ?? 'unknown'}: Redis may drop queued jobs when full`,
            "Set `maxmemory-policy noeviction` in redis.conf or your provider's settings.",
          ),
    ];
  } catch (error) {
    return [
      fail(
        'redis.reachable',
        reach,
        `cannot connect: ${(error as Error).message}`,
        'Check REDIS_URL and that Redis accepts connections from this host.',
      ),
    ];
  } finally {
    redis.disconnect();
  }
};
