import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { NODE_RUNTIME_FLAGS } from '../../bots/runtime-flags.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../tests/fakes/fake-twilio-api.js';
import { servicesStatus, servicesUp } from '../services/local-services.js';
import { BENCH_PUBLIC_URL, BENCH_TWILIO, startBenchApp } from './bench-app.js';
import { countedRoundTrips } from './count-round-trips.js';
import { scratchDatabase } from './scratch-database.js';

/**
 * The app as it is deployed, for the load benches: `eventos serve` and `--workers` × `eventos worker` as child
 * processes of the real CLI on a scratch database, with the fake Twilio API and the load generator left in the
 * bench process — or, with `inProcess`, everything in this one process as before (`startBenchApp`), kept for
 * comparison. Either way it can say what each process (and Postgres and Redis) spent: CPU from /proc, Postgres
 * round trips from a preloaded counter, Redis commands from `INFO commandstats`.
 */
export interface BenchDeployment {
  baseUrl: string;
  twilioApi: FakeTwilioApi;
  shape: string;
  /** A query on the scratch database, from the bench process. */
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** Cumulative counters now; subtract two with `costSince`. */
  sample(): Promise<CostSample>;
  close(): Promise<void>;
}

export interface CostSample {
  /** CPU ms by process kind: bench, server, worker (all workers), postgres (postmaster and backends), redis. */
  cpuMs: Record<string, number>;
  roundTrips: number;
  redisCommands: number;
}

const CLI = new URL('../../bots/cli.ts', import.meta.url).pathname;
const COUNTER = new URL('./count-round-trips.ts', import.meta.url).href;
/** Linux's USER_HZ: /proc times are in hundredths of a second on every architecture Node runs on here. */
const TICK_MS = 10;

export async function startBenchDeployment(
  opts: {
    workers?: number;
    inProcess?: boolean;
    env?: Record<string, string>;
    /** Write a `node --cpu-prof` profile of each child here (written when the child exits). */
    cpuProfDir?: string;
  } = {},
): Promise<BenchDeployment> {
  await servicesUp();
  const status = await servicesStatus();
  const redisUrl = status.urls?.redisUrl;
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: null }) : undefined;
  const services = { postgres: status.postgres.pid, redis: status.redis.pid };

  if (opts.inProcess) {
    const app = await startBenchApp(opts.env);
    return {
      baseUrl: app.baseUrl,
      twilioApi: app.twilioApi,
      shape: 'in-process (server, worker, fake Twilio and load generator in one process)',
      sql: (query, params = []) => app.deps.db.em.fork().execute(query, params),
      sample: async () => ({
        cpuMs: { bench: ownCpuMs(), ...serviceCpu(services) },
        roundTrips: countedRoundTrips(),
        redisCommands: await redisCalls(redis),
      }),
      async close() {
        redis?.disconnect();
        await app.close();
      },
    };
  }

  const scratch = await scratchDatabase(4);
  // The run's queues and rate-limit counters live under this prefix, removed again on close.
  const queuePrefix = `bench-${randomBytes(4).toString('hex')}`;
  const twilioApi = await startFakeTwilioApi(BENCH_TWILIO);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    PUBLIC_BASE_URL: BENCH_PUBLIC_URL,
    DATABASE_URL: scratch.url,
    REDIS_URL: redisUrl ?? '',
    QUEUE_PREFIX: queuePrefix,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
    TWILIO_WHATSAPP_FROM: BENCH_TWILIO.from,
    TWILIO_API_BASE_URL: twilioApi.url,
    MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
    FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'silent',
    ...opts.env,
  };
  const children: { kind: string; child: ChildProcess; exited: Promise<void> }[] = [];
  const start = (kind: 'server' | 'worker', command: string, ready: RegExp) => {
    const prof = opts.cpuProfDir
      ? [
          '--cpu-prof',
          '--cpu-prof-dir',
          opts.cpuProfDir,
          '--cpu-prof-name',
          `${kind}-${children.length}.cpuprofile`,
        ]
      : [];
    // Started as deployed (bots/runtime-flags.ts), plus what the bench needs: tsx and the round-trip counter.
    const args = [...NODE_RUNTIME_FLAGS, ...prof, '--import', 'tsx', '--import', COUNTER, CLI, command];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env,
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    children.push({ kind, child, exited });
    return new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`eventos ${command} did not start:\n${output}`)),
        180_000,
      );
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`eventos ${command} exited (${code}):\n${output.slice(-2000)}`));
      });
      child.stderr!.on('data', (chunk) => {
        output += String(chunk);
        const match = ready.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] ?? 'ready');
        }
      });
    });
  };
  try {
    const [baseUrl] = await Promise.all([
      start('server', 'serve', /Listening on (http:\/\/\S+)/),
      ...Array.from({ length: opts.workers ?? 1 }, () => start('worker', 'worker', /Worker running\./)),
    ]);
    const roundTrips = (child: ChildProcess) =>
      new Promise<number>((resolve) => {
        const answer = (m: unknown) => {
          const n = (m as { roundTrips?: number }).roundTrips;
          if (typeof n === 'number') {
            child.off('message', answer);
            resolve(n);
          }
        };
        child.on('message', answer);
        child.send('round-trips?');
      });
    return {
      baseUrl: baseUrl!,
      twilioApi,
      shape: `processes: 1 × eventos serve, ${opts.workers ?? 1} × eventos worker (load generator and fake Twilio in the bench process)`,
      sql: (query, params = []) => scratch.db.em.fork().execute(query, params),
      async sample() {
        const cpuMs: Record<string, number> = { bench: ownCpuMs(), server: 0, worker: 0 };
        for (const { kind, child } of children) cpuMs[kind]! += procCpuMs(child.pid);
        const trips = await Promise.all(children.map(({ child }) => roundTrips(child)));
        return {
          cpuMs: { ...cpuMs, ...serviceCpu(services) },
          roundTrips: trips.reduce((a, b) => a + b, 0),
          redisCommands: await redisCalls(redis),
        };
      },
      async close() {
        for (const { child } of children) child.kill('SIGTERM');
        await Promise.all(children.map((c) => c.exited));
        await dropKeys(redis, queuePrefix);
        redis?.disconnect();
        await twilioApi.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    for (const { child } of children) child.kill('SIGKILL');
    await dropKeys(redis, queuePrefix);
    await twilioApi.close();
    await scratch.drop();
    throw error;
  }
}

/** Per-message costs between two samples, by process kind, rounded for the table. */
export function costSince(before: CostSample, after: CostSample, messages: number) {
  const perMessage: Record<string, number> = {};
  let node = 0;
  for (const [kind, ms] of Object.entries(after.cpuMs)) {
    const per = (ms - (before.cpuMs[kind] ?? 0)) / messages;
    perMessage[`cpu_ms_per_msg_${kind}`] = per;
    if (kind !== 'postgres' && kind !== 'redis') node += per;
  }
  return {
    /** Every Node process of the run: bench (client and fake Twilio), server and workers. */
    cpu_ms_per_msg: node,
    ...perMessage,
    pg_round_trips_per_msg: (after.roundTrips - before.roundTrips) / messages,
    redis_cmds_per_msg: (after.redisCommands - before.redisCommands) / messages,
  };
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** utime + stime (+ those of reaped children when `withChildren`) of one process, from /proc. */
function procCpuMs(pid: number | undefined, withChildren = false): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "(comm) ": state is field 3, so utime (14) … cstime (17) are at 11 … 14 here.
    const ticks = fields.slice(11, withChildren ? 15 : 13).reduce((sum, f) => sum + Number(f), 0);
    return ticks * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * Postgres: the postmaster with its reaped backends, plus every live backend (children of the postmaster);
 * Redis: its one process. The whole local services, so only meaningful while this bench is their only user.
 */
function serviceCpu(pids: { postgres?: number; redis?: number }): Record<string, number> {
  let postgres = procCpuMs(pids.postgres, true);
  if (pids.postgres)
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === pids.postgres) postgres += procCpuMs(Number(entry));
      } catch {
        // gone meanwhile: its time is now in the postmaster's cutime
      }
    }
  return { postgres, redis: procCpuMs(pids.redis) };
}

/** Leaves the local Redis as the run found it: a run's jobs are thousands of keys. */
async function dropKeys(redis: Redis | undefined, prefix: string): Promise<void> {
  if (!redis) return;
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>)
    if (keys.length) await redis.unlink(...keys);
}

async function redisCalls(redis: Redis | undefined): Promise<number> {
  if (!redis) return 0;
  const info = await redis.info('commandstats');
  let calls = 0;
  for (const m of info.matchAll(/calls=(\d+)/g)) calls += Number(m[1]);
  return calls;
}
