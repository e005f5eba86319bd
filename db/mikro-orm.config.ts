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
