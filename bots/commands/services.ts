/**
 * `npm run -s eventos -- services up|down|status`: the local Postgres (pgvector) and Redis. `up` prints
 * `DATABASE_URL=…` / `REDIS_URL=…` on stdout (so `eval`/`>> .env` work) and progress on stderr.
 */
import { servicesDown, servicesStatus, servicesUp } from '../../scripts/services/local-services.js';
import type { CommandIo } from './command-io.js';

const usage = 'Usage: npm run -s eventos -- services up|down|status\n';

export async function run(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (rest.length > 0) {
    io.stderr.write(usage);
    return 2;
  }
  const log = (message: string) => io.stderr.write(`[services] ${message}\n`);
  switch (sub) {
    case 'up': {
      const urls = await servicesUp({ log });
      io.stdout.write(`DATABASE_URL=${urls.databaseUrl}\nREDIS_URL=${urls.redisUrl}\n`);
      return 0;
    }
    case 'down':
      await servicesDown({ log });
      return 0;
    case 'status': {
      const status = await servicesStatus();
      for (const [name, s] of Object.entries({ postgres: status.postgres, redis: status.redis })) {
        const where = s.running ? ` 127.0.0.1:${s.port} (pid ${s.pid})` : '';
        io.stdout.write(`${name}: ${s.running ? 'running' : 'stopped'}${where}\n`);
      }
      if (status.urls)
        io.stdout.write(`DATABASE_URL=${status.urls.databaseUrl}\nREDIS_URL=${status.urls.redisUrl}\n`);
      return 0;
    }
    default:
      io.stderr.write(usage);
      return 2;
  }
}
