import { buildDeps } from '../compose.js';
import { loadConfigAs } from '../config.js';
import { startWorkers } from '../worker.js';
import type { CommandIo } from './command-io.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

/** `eventos worker`: inbound handling, delivery and the sweeper; finishes running jobs on SIGTERM. */
export async function run(_args: string[], io: CommandIo): Promise<number> {
  const config = await withServices(loadConfigAs('serve'), (l) => io.stderr.write(`${l}\n`));
  const deps = await buildDeps(config);
  const workers = await startWorkers(deps);
  io.stderr.write('Worker running.\n');
  await untilSignal();
  await workers.close();
  await deps.close();
  return 0;
}
