import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { entities } from './entities/index.js';
import { NamedStatementsClient } from './named-statements.js';

/** ORM options for a database URL; the CLI-free callers (bots, tests, scripts) all build config here. */
export function ormConfig(databaseUrl: string, options: { poolMax?: number; debug?: boolean } = {}) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax ?? 10 },
    // pg waits forever for a connection by default: against a frozen Postgres host every query would hang
    // for good. This bounds both connecting and waiting for a free pooled connection — generously, since a
    // burst (1,000 concurrent bookings) legitimately queues for the pool; the webhook has its own, shorter
    // deadline (bots/store-or-503.ts). MikroORM itself listens for the pool's idle-client `error` events (a
    // restarted server), so they are logged instead of crashing the process.
    // The client class sends the statements `prepare` builds (db/tables.ts) as named prepared statements.
    driverOptions: { connectionTimeoutMillis: 30_000, Client: NamedStatementsClient },
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
