import { processEnv } from '../config.js';
import { formatReport } from '../doctor/print-report.js';
import { runDoctor } from '../doctor/run-doctor.js';
import type { CommandIo } from './command-io.js';

/** `eventos doctor [--json]`: checks a deployment line by line; exit code 1 when any check fails. */
export async function run(args: string[], io: CommandIo, env = processEnv()): Promise<number> {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    io.stderr.write('Usage: npm run -s eventos -- doctor [--json]\n');
    return 2;
  }
  const report = await runDoctor(env);
  io.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}
