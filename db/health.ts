import type { EntityManager } from '@mikro-orm/postgresql';
import type { Db } from './orm.js';

/** Whether the database answers, and why not. */
export async function databaseReachable(db: Db): Promise<{ ok: true } | { ok: false; reason: string }> {
  // The pool connects lazily: connect first, then ask it to run a query.
  try {
    await db.connect();
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const result = await db.checkConnection();
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

/** Names of migrations in db/migrations that this database has not run yet. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  return (await db.migrator.getPending()).map((m) => m.name);
}

/** The installed pgvector version, or null when the `vector` extension is not installed in this database. */
export async function pgvectorVersion(em: EntityManager): Promise<string | null> {
  // pg_extension is a catalog, not an entity: neither the EntityManager nor kysely(em) can name it.
  const rows = await em
    .getConnection()
    .execute<{ extversion: string }[]>(`select extversion from pg_extension where extname = 'vector'`);
  return rows[0]?.extversion ?? null;
}
