import { migrateDatabase } from '../../db/migrate.js';
import { loadConfig } from '../config.js';
import type { CommandIo } from './command-io.js';
import { withServices } from './with-services.js';

export async function run(_args: string[], io: CommandIo): Promise<number> {
  const config = await withServices(loadConfig(), (l) => io.stderr.write(`${l}\n`));
  await migrateDatabase(config.databaseUrl);
  io.stdout.write('Database is up to date.\n');
  return 0;
}
