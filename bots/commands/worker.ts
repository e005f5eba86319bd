import { buildDeps } from '../compose.js';
import { loadConfigAs } from '../config.js';
import { guardProcess, shutDown } from '../lifecycle.js';
import { startWorkers } from '../worker.js';
import type { CommandIo } from './command-io.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

/** `eventos worker`: inbound handling, delivery and the sweeper; finishes running jobs on SIGTERM. */
export async function run(_args: string[], io: CommandIo): Promise<number> {
  const config = await withServices(loadConfigAs('serve'), (l) => io.stderr.write(`${l}\n`));
  const deps = await buildDeps(config);
  guardProcess(deps.logger);
  const workers = await startWorkers(deps);
  io.stderr.write('Worker running.\n');
  await untilSignal();
  const clean = await shutDown(
    [
      { name: 'workers', stop: () => workers.close() },
      { name: 'queues, redis and database', stop: () => deps.close() },
    ],
    { logger: deps.logger, graceMs: config.shutdownGraceMs },
  );
  return clean ? 0 : 1;
}
