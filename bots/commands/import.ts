import { readFile } from 'node:fs/promises';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { type EventFile, parseEventFile } from '../../core/catalog/event-file.js';
import { type ImportSummary, importEvent } from '../../core/services/event-import/import-event.js';
import { migrateDatabase } from '../../db/migrate.js';
import { initDb } from '../../db/orm.js';
import { loadConfig } from '../config.js';
import type { CommandIo } from './command-io.js';
import { withServices } from './with-services.js';

/** `eventos import FILE`: create or update an event from an event file (idempotent). */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    io.stderr.write('Usage: npm run -s eventos -- import <event-file.json>\n');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const eventFile = parseEventFile(json);
  const config = await withServices(loadConfig(), (l) => io.stderr.write(`${l}\n`));
  const summary = await importEventFile(config.databaseUrl, eventFile);
  io.stdout.write(
    `Imported ${summary.eventId}: ${summary.tiers} tiers, ${summary.sessions} sessions, ${summary.faqs} FAQs, ` +
      `${summary.sponsors} sponsors, ${summary.organizers} organizers, ${summary.attendees} attendees.\n`,
  );
  return 0;
}

/** Migrates, then imports: what `import` and `demo` share. */
export async function importEventFile(databaseUrl: string, eventFile: EventFile): Promise<ImportSummary> {
  await migrateDatabase(databaseUrl);
  const db = await initDb(databaseUrl, { poolMax: 2 });
  try {
    return await importEvent(db.em.fork(), eventFile, new HashedEmbedder());
  } finally {
    await db.close(true);
  }
}
