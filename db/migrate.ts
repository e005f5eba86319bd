import { initDb } from './orm.js';

/** Applies every pending migration. Safe to run concurrently-ish and repeatedly (the migrator locks and skips). */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const db = await initDb(databaseUrl, { poolMax: 2 });
  try {
    await db.migrator.up();
  } finally {
    await db.close(true);
  }
}
