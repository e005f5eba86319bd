/** Developer tool: `npx tsx scripts/create-migration.ts DATABASE_URL [name]` writes a migration for entity changes. */
import { initDb } from '../db/orm.js';

const [databaseUrl, name] = process.argv.slice(2);
if (!databaseUrl) {
  console.error('usage: tsx scripts/create-migration.ts DATABASE_URL [name]');
  process.exit(2);
}
const db = await initDb(databaseUrl, { poolMax: 2 });
try {
  await db.migrator.up();
  const result = await db.migrator.create(undefined, false, false, name);
  console.log(result.fileName || 'no changes');
} finally {
  await db.close(true);
}
