import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { buildDeps } from '../compose.js';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { startWorkers } from '../worker.js';
import type { CommandIo } from './command-io.js';
import { importEventFile } from './import.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

const DEMO_EVENT = fileURLToPath(new URL('../../fixtures/demo-event.json', import.meta.url));

/** `eventos demo`: services, migrations, the demo event, server + worker; Ctrl-C stops everything. */
export async function run(_args: string[], io: CommandIo): Promise<number> {
  const log = (l: string) => io.stderr.write(`${l}\n`);
  const config = await withServices(loadConfig(), log);
  const summary = await importEventFile(
    config.databaseUrl,
    parseEventFile(JSON.parse(await readFile(DEMO_EVENT, 'utf8'))),
  );
  log(`Imported the demo event ${summary.eventId}.`);
  const deps = await buildDeps(config);
  const { server, url } = await startServer(deps);
  const workers = await startWorkers(deps);
  io.stdout.write(
    `\nEventOS Chat demo is running.\n  Console:  ${url}/console\n  Health:   ${url}/healthz\n` +
      `  Twilio:   POST ${config.publicBaseUrl}/webhooks/twilio/whatsapp\nPress Ctrl-C to stop.\n`,
  );
  await untilSignal();
  log('Stopping…');
  server.close();
  await workers.close();
  await deps.close();
  return 0;
}
