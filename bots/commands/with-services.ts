import { servicesUp } from '../../scripts/services/local-services.js';
import type { Config } from '../config.js';

/**
 * Configured DATABASE_URL / REDIS_URL win; without them the local throwaway services are started (or
 * reused), so every command works on a fresh clone with no configuration.
 */
export async function withServices(
  config: Config,
  log: (line: string) => void,
): Promise<Config & { databaseUrl: string; redisUrl: string }> {
  if (config.databaseUrl && config.redisUrl)
    return { ...config, databaseUrl: config.databaseUrl, redisUrl: config.redisUrl };
  log('Starting local Postgres (pgvector) and Redis…');
  const urls = await servicesUp();
  return {
    ...config,
    databaseUrl: config.databaseUrl ?? urls.databaseUrl,
    redisUrl: config.redisUrl ?? urls.redisUrl,
  };
}
