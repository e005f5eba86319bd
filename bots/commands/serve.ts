import { buildDeps } from '../compose.js';
import { loadConfigAs } from '../config.js';
import { guardProcess, shutDown, stopServer } from '../lifecycle.js';
import { startServer } from '../server.js';
import { startWorkers } from '../worker.js';
import type { CommandIo } from './command-io.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

/**
 * `eventos serve [--with-worker]`: the HTTP server (and optionally the workers in the same process). Refuses
 * to start on placeholder secrets; the console is off unless CONSOLE_ENABLED=true (with CONSOLE_PASSWORD).
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const config = await withServices(loadConfigAs('serve'), (l) => io.stderr.write(`${l}\n`));
  const deps = await buildDeps(config);
  guardProcess(deps.logger);
  const { server, url } = await startServer(deps);
  const workers = args.includes('--with-worker') ? await startWorkers(deps) : null;
  io.stderr.write(`Listening on ${url}\n`);
  if (config.console.enabled) io.stderr.write(`Console (password login): ${url}/console\n`);
  await untilSignal();
  const clean = await shutDown(
    [
      { name: 'http server', stop: () => stopServer(server, config.shutdownGraceMs) },
      { name: 'workers', stop: async () => workers?.close() },
      { name: 'queues, redis and database', stop: () => deps.close() },
    ],
    { logger: deps.logger, graceMs: config.shutdownGraceMs },
  );
  return clean ? 0 : 1;
}
