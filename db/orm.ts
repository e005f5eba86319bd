import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config.js';

export type Db = MikroORM;

/** Opens a connection pool. No module-level cache: each process (and each test) owns its Db and closes it. */
export async function initDb(databaseUrl: string, options: { poolMax?: number } = {}): Promise<Db> {
  return MikroORM.init(ormConfig(databaseUrl, options));
}
