/**
 * Throwaway PostgreSQL 15 (+ pgvector) and Redis without Docker: one cluster and one Redis per data directory,
 * on free ports, found again through `<dataDir>/services.json` so repeated `up`s (and test runs) reuse them.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import net from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
/** The checkout's .data/, also when running the compiled copy in dist/ (`npm run build` wipes dist/). */
const codeRoot = resolve(here, '../..');
export const defaultDataDir = resolve(basename(codeRoot) === 'dist' ? dirname(codeRoot) : codeRoot, '.data');
const PG_BIN = '/usr/lib/postgresql/15/bin';
const REDIS_BIN = '/usr/bin/redis-server';
const REQUIRED_FILES = ['bin/initdb', 'bin/pg_ctl', 'bin/postgres', 'lib/vector.so']
  .map((file) => `/usr/lib/postgresql/15/${file}`)
  .concat(REDIS_BIN, '/usr/share/postgresql/15/extension/vector.control');

export type ServiceUrls = { databaseUrl: string; redisUrl: string };
type Log = (message: string) => void;
export type ServiceOptions = { dataDir?: string; log?: Log };
type Proc = { port: number; pid: number };
type State = { clusterDir: string; postgres?: Proc; redis?: Proc };
export type ServiceState = { running: boolean; port?: number; pid?: number };
export type ServicesStatus = { postgres: ServiceState; redis: ServiceState; urls?: ServiceUrls };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const urlsFor = (pgPort: number, redisPort: number): ServiceUrls => ({
  databaseUrl: `postgres://postgres@127.0.0.1:${pgPort}/eventos`,
  redisUrl: `redis://127.0.0.1:${redisPort}`,
});

/**
 * Reads /proc rather than kill(pid, 0): zombies count as dead (PID 1 here is slow to reap daemons), and with
 * `command`, a pid recycled since it was recorded (after a reboot, say) does not pass for our server.
 */
function alive(pid: number | undefined, command?: string): boolean {
  try {
    const stat = pid ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !!stat && !/\) Z /.test(stat) && (!command || stat.includes(`(${command})`));
  } catch {
    return false;
  }
}

function redisAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 500 }, () => socket.write('PING\r\n'));
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
    socket.once('error', () => finish(false)).once('timeout', () => finish(false));
  });
}
const ourRedis = async (proc: Proc | undefined, mustAnswer = true) =>
  proc && alive(proc.pid, 'redis-server') && (!mustAnswer || (await redisAnswers(proc.port)))
    ? proc
    : undefined;

/** The preferred port when still free (stable URLs across restarts), else whatever the kernel hands out. */
function freePort(preferred = 0): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', (error) => (preferred ? freePort().then(done, fail) : fail(error)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Serialises up/down across processes; a lock whose holder died is taken over. */
async function withLock<T>(dataDir: string, log: Log, fn: () => Promise<T>): Promise<T> {
  const path = join(dataDir, 'services.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      const handle = await fs.open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await fs.readFile(path, 'utf8').catch(() => '0'));
      // An empty lock is a holder between open and write, unless it stays empty (crash right after open).
      if (holder ? !alive(holder) : waited >= 2000) await fs.rm(path, { force: true });
      else {
        if (waited === 1000) log(`waiting for another services process (pid ${holder || '?'})…`);
        await sleep(100);
      }
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(path, { force: true });
  }
}

let packagesReady: Promise<void> | undefined;
function ensureSystemPackages(log: Log): Promise<void> {
  packagesReady ??= (async () => {
    if (REQUIRED_FILES.every((file) => existsSync(file))) return;
    log('installing system packages (PostgreSQL 15, pgvector, Redis)…');
    const child = spawn('bash', [join(here, 'install-system-packages.sh')], { stdio: ['ignore', 2, 2] });
    const code = await new Promise((done, fail) => child.once('error', fail).once('exit', done));
    if (code !== 0) throw new Error(`install-system-packages.sh exited with ${code}`);
  })().catch((error: unknown) => {
    packagesReady = undefined;
    throw error;
  });
  return packagesReady;
}

/** As root, PostgreSQL must run as `postgres` (initdb refuses root); otherwise it runs as the current user. */
async function postgresOwner(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await exec('getent', ['passwd', 'postgres']).catch(() => ({ stdout: '' }));
  const [, , uid, gid] = stdout.split(':');
  if (!uid || !gid) throw new Error('No "postgres" user: run scripts/services/install-system-packages.sh');
  return { uid: Number(uid), gid: Number(gid) };
}
type Owner = Awaited<ReturnType<typeof postgresOwner>>;
const asPostgres = (owner: Owner, cmd: string, args: string[]) =>
  owner ? exec('runuser', ['-u', 'postgres', '--', cmd, ...args]) : exec(cmd, args);

const tmpClusterDir = (dataDir: string) =>
  `/tmp/eventos-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`;

async function traversableBy(dir: string, owner: NonNullable<Owner>): Promise<boolean> {
  for (let d = dir; ; d = dirname(d)) {
    const { mode, uid, gid } = await fs.stat(d);
    if (!(mode & 0o001 || (uid === owner.uid && mode & 0o100) || (gid === owner.gid && mode & 0o010)))
      return false;
    if (d === dirname(d)) return true;
  }
}

/**
 * The data dir itself when `postgres` can reach it; otherwise (repo under /root, say) a private dir in /tmp,
 * rather than loosening permissions on someone's home. Long paths also go to /tmp: Unix sockets max ~107 bytes.
 */
async function clusterDirFor(dataDir: string, owner: Owner): Promise<string> {
  if ((!owner || (await traversableBy(dataDir, owner))) && dataDir.length < 80) return dataDir;
  const dir = tmpClusterDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  const s = await fs.lstat(dir);
  if (!s.isDirectory() || s.uid !== process.getuid?.()) throw new Error(`${dir} is not ours; remove it`);
  await fs.chmod(dir, 0o755);
  return dir;
}

/** The running server for a data dir, from the lock file postgres keeps there (pid, …, port, …, status). */
async function postmaster(pgData: string, mustBeReady = true): Promise<Proc | undefined> {
  const lines = (await fs.readFile(join(pgData, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  const ready = !mustBeReady || lines[7]?.trim() === 'ready';
  return alive(pid, 'postgres') && port && ready ? { pid, port } : undefined;
}

async function startPostgres(clusterDir: string, owner: Owner, previousPort: number | undefined, log: Log) {
  const pgData = join(clusterDir, 'pg');
  const runDir = join(clusterDir, 'pg-run');
  const running = await postmaster(pgData);
  if (running) return running;
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    log(`initdb ${pgData}`);
    await fs.rm(pgData, { recursive: true, force: true });
    await fs.mkdir(pgData, { recursive: true, mode: 0o700 });
    await fs.mkdir(runDir, { recursive: true });
    if (owner) for (const dir of [pgData, runDir]) await fs.chown(dir, owner.uid, owner.gid);
    const args = ['-D', pgData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'];
    await asPostgres(owner, `${PG_BIN}/initdb`, [...args, '--no-sync', '--no-instructions']);
    // A throwaway cluster: speed matters more than surviving a power cut.
    const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: runDir, fsync: 'off' };
    const conf = Object.entries({ ...settings, full_page_writes: 'off', synchronous_commit: 'off' });
    await fs.appendFile(join(pgData, 'postgresql.conf'), conf.map(([k, v]) => `${k} = '${v}'\n`).join(''));
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort(attempt === 1 ? previousPort : 0);
    log(`starting PostgreSQL on 127.0.0.1:${port}`);
    const ctl = ['start', '-w', '-D', pgData, '-l', join(runDir, 'postgres.log'), '-o', `-p ${port}`];
    try {
      await asPostgres(owner, `${PG_BIN}/pg_ctl`, ctl);
      const started = await postmaster(pgData);
      if (started) return started;
    } catch (error) {
      // Another process may have grabbed the free port between our probe and postgres binding it.
      if (attempt >= 3) throw new Error(`PostgreSQL did not start (see ${runDir}/postgres.log): ${error}`);
    }
  }
}

async function startRedis(dataDir: string, previous: Proc | undefined, log: Log): Promise<Proc> {
  const running = await ourRedis(previous);
  if (running) return running;
  const dir = join(dataDir, 'redis');
  const pidFile = join(dir, 'redis.pid');
  await fs.mkdir(dir, { recursive: true });
  await fs.rm(pidFile, { force: true });
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort(attempt === 1 ? previous?.port : 0);
    log(`starting Redis on 127.0.0.1:${port}`);
    const files = ['--dir', dir, '--pidfile', pidFile, '--logfile', join(dir, 'redis.log')];
    const flags = ['--port', `${port}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...files];
    await exec(REDIS_BIN, [...flags, '--daemonize', 'yes']);
    for (let waited = 0; waited < 5000; waited += 20) {
      const pid = Number(await fs.readFile(pidFile, 'utf8').catch(() => '0'));
      if (pid && !alive(pid)) break;
      if (pid && (await redisAnswers(port))) return { port, pid };
      await sleep(20);
    }
  }
  throw new Error(`Redis did not start (see ${join(dir, 'redis.log')})`);
}

async function sql(port: number, database: string, statement: string) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database });
  await client.connect();
  return client.query(statement).finally(() => client.end());
}
async function ensureDatabase(port: number): Promise<void> {
  const found = await sql(port, 'postgres', `select 1 from pg_database where datname = 'eventos'`);
  if (!found.rowCount) await sql(port, 'postgres', 'create database eventos');
  await sql(port, 'eventos', 'create extension if not exists vector');
}

const stateFile = (dataDir: string) => join(dataDir, 'services.json');
const readState = async (dataDir: string): Promise<State | undefined> =>
  JSON.parse(await fs.readFile(stateFile(dataDir), 'utf8').catch(() => 'null')) ?? undefined;
const resolveOptions = (options: ServiceOptions) => ({
  dataDir: resolve(options.dataDir ?? defaultDataDir),
  log: options.log ?? (() => {}),
});
/** Without starting anything: where a cluster for this data dir lives, if anywhere. */
const knownClusterDir = (dataDir: string, state: State | undefined) =>
  state?.clusterDir ?? (existsSync(join(tmpClusterDir(dataDir), 'pg')) ? tmpClusterDir(dataDir) : dataDir);

export async function servicesUp(options: ServiceOptions = {}): Promise<ServiceUrls> {
  const { dataDir, log } = resolveOptions(options);
  await fs.mkdir(dataDir, { recursive: true });
  return withLock(dataDir, log, async () => {
    await ensureSystemPackages(log);
    const state = await readState(dataDir);
    const owner = await postgresOwner();
    const recorded = state?.clusterDir && existsSync(state.clusterDir) ? state.clusterDir : undefined;
    const clusterDir = recorded ?? (await clusterDirFor(dataDir, owner));
    const [postgres, redis] = await Promise.all([
      startPostgres(clusterDir, owner, state?.postgres?.port, log),
      startRedis(dataDir, state?.redis, log),
    ]);
    await ensureDatabase(postgres.port);
    await fs.writeFile(stateFile(dataDir), `${JSON.stringify({ clusterDir, postgres, redis }, null, 2)}\n`);
    return urlsFor(postgres.port, redis.port);
  });
}

export async function servicesStatus(options: ServiceOptions = {}): Promise<ServicesStatus> {
  const { dataDir } = resolveOptions(options);
  const state = await readState(dataDir);
  const postgres = await postmaster(join(knownClusterDir(dataDir, state), 'pg'));
  const redis = await ourRedis(state?.redis);
  return {
    postgres: { running: !!postgres, ...postgres },
    redis: { running: !!redis, ...redis },
    ...(postgres && redis ? { urls: urlsFor(postgres.port, redis.port) } : {}),
  };
}

/** Stops both; the data stays, and the next `up` reuses the same ports when they are still free. */
export async function servicesDown(options: ServiceOptions = {}): Promise<void> {
  const { dataDir, log } = resolveOptions(options);
  if (!existsSync(dataDir)) return;
  await withLock(dataDir, log, async () => {
    const state = await readState(dataDir);
    const pgData = join(knownClusterDir(dataDir, state), 'pg');
    if (await postmaster(pgData, false)) {
      log('stopping PostgreSQL');
      await asPostgres(await postgresOwner(), `${PG_BIN}/pg_ctl`, ['stop', '-w', '-m', 'fast', '-D', pgData]);
    }
    const redisPid = (await ourRedis(state?.redis, false))?.pid;
    if (redisPid) {
      log('stopping Redis');
      process.kill(redisPid, 'SIGTERM');
      for (let waited = 0; alive(redisPid) && waited < 5000; waited += 20) await sleep(20);
      if (alive(redisPid)) process.kill(redisPid, 'SIGKILL');
    }
  });
}
