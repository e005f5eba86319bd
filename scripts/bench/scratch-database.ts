import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { migrateDatabase } from '../../db/migrate.js';
import { type Db, initDb } from '../../db/orm.js';
import { servicesUp } from '../services/local-services.js';

/**
 * A throwaway database for one benchmark run: migrated, with the demo event imported, on the local services.
 * `drop()` removes it, so runs never see each other's rows.
 */
export async function scratchDatabase(
  poolMax: number,
): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const urls = await servicesUp();
  const name = `eventos_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: urls.databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(urls.databaseUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.href);
  const db = await initDb(url.href, { poolMax });
  const file = parseEventFile(
    JSON.parse(await readFile(new URL('../../fixtures/demo-event.json', import.meta.url), 'utf8')),
  );
  await importEvent(db.em.fork(), file, new HashedEmbedder());
  return {
    db,
    url: url.href,
    async drop() {
      await db.close(true);
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
