import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { entities } from './entities/index.js';

/** ORM options for a database URL; the CLI-free callers (bots, tests, scripts) all build config here. */
export function ormConfig(databaseUrl: string, options: { poolMax?: number; debug?: boolean } = {}) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax ?? 10 },
    // pg waits forever for a connection by default: while Postgres is down or unreachable a webhook would
    // hang until Twilio gives up. Failing after a few seconds lets it answer 503 (Twilio's fallback URL and
    // retries take over) and lets jobs fail and retry. MikroORM itself listens for the pool's idle-client
    // `error` events (a restarted server), so they are logged instead of crashing the process.
    driverOptions: { connectionTimeoutMillis: 5_000 },
    debug: options.debug ?? false,
    migrations: {
      path: new URL('./migrations', import.meta.url).pathname,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      snapshot: false,
      silent: true,
    },
  });
}
