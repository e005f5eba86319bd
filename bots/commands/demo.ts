import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { keepEventAhead } from '../../core/catalog/keep-event-ahead.js';
import { moveEventToToday } from '../../core/catalog/move-event-to-today.js';
import { buildDeps } from '../compose.js';
import { loadConfigAs } from '../config.js';
import { shutDown, stopServer } from '../lifecycle.js';
import { startServer } from '../server.js';
import { startWorkers } from '../worker.js';
import type { CommandIo } from './command-io.js';
import { importEventFile } from './import.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

const DEMO_EVENT = fileURLToPath(new URL('../../fixtures/demo-event.json', import.meta.url));

/**
 * `eventos demo [--today]`: services, migrations, the demo event, server + worker; Ctrl-C stops everything.
 * `--today` moves the demo event (sessions too) so that it starts today, to try selfie check-in at the venue;
 * the next run without it puts the fixture's dates back — or, once those are less than a week away or past,
 * moves the event to start two weeks from today, so the demo stays bookable on any date.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const log = (l: string) => io.stderr.write(`${l}\n`);
  const unknown = args.filter((arg) => arg !== '--today');
  if (unknown.length > 0) {
    log(`Unknown option ${unknown[0]}. Usage: npm run demo [-- --today]`);
    return 2;
  }
  const today = args.includes('--today');
  const config = await withServices(loadConfigAs('demo'), log);
  const file = parseEventFile(JSON.parse(await readFile(DEMO_EVENT, 'utf8')));
  const summary = await importEventFile(
    config.databaseUrl,
    today ? moveEventToToday(file, new Date()) : keepEventAhead(file, new Date()),
  );
  log(`Imported the demo event ${summary.eventId}${today ? ', moved to start today' : ''}.`);
  const deps = await buildDeps(config);
  const { server, url, consoleLoginUrl } = await startServer(deps);
  const workers = await startWorkers(deps);
  io.stdout.write(
    `\nEventOS Chat demo is running.\n` +
      (consoleLoginUrl
        ? `  Console:  ${consoleLoginUrl}\n            (the link logs you in once; keep it to yourself)\n`
        : '  Console:  off (CONSOLE_ENABLED=false)\n') +
      `  Health:   ${url}/healthz\n` +
      `  Twilio:   POST ${config.publicBaseUrl}/webhooks/twilio/whatsapp\nPress Ctrl-C to stop.\n`,
  );
  await untilSignal();
  log('Stopping…');
  const clean = await shutDown(
    [
      { name: 'http server', stop: () => stopServer(server, config.shutdownGraceMs) },
      { name: 'workers', stop: () => workers.close() },
      { name: 'queues, redis and database', stop: () => deps.close() },
    ],
    { logger: deps.logger, graceMs: config.shutdownGraceMs },
  );
  return clean ? 0 : 1;
}
