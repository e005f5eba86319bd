import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE_RUNTIME_FLAGS } from '../../bots/runtime-flags.js';

/**
 * Issue 15, items 4 and 7 and "Also": the image can run what the worker runs, as a non-root user under an
 * init process that forwards SIGTERM to node; docker-compose keeps Postgres and Redis on this machine and
 * behind passwords, restarts what stops, and checks health.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const dockerfile = read('Dockerfile');

interface Service {
  restart?: string;
  ports?: string[];
  healthcheck?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  container_name?: string;
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };

/** Installed locally for the services themselves or for tests only, never needed inside the app image. */
const NOT_IN_IMAGE = {
  'postgresql-15': 'its own container',
  'redis-server': 'its own container',
  'espeak-ng': 'synthetic voice notes for tests and bench only',
  flite: 'a second synthesizer for the held-out voice bench only',
};

describe('Dockerfile', () => {
  it('installs every run-time apt package the local setup installs', () => {
    const script = read('scripts/services/install-system-packages.sh');
    const local = /for pkg in ([^;]+); do/.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
    expect(local.length).toBeGreaterThan(3);
    const installLine = /apt-get install[^\n]*\\\n([^\n]+)/.exec(dockerfile)?.[1] ?? '';
    const inImage = installLine.trim().split(/\s+/);
    for (const pkg of local.filter((p) => !(p in NOT_IN_IMAGE))) expect(inImage).toContain(pkg);
    expect(inImage).toContain('tini');
  });

  it('runs node itself under tini, as a non-root user', () => {
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["node", /m);
    expect(dockerfile).not.toMatch(/^CMD \["npx"/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  it('runs the compiled JavaScript of a build stage, with production dependencies only', () => {
    expect(dockerfile).toMatch(/^FROM \S+ AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm run -s build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^RUN npm install --omit=dev\b/m);
    expect(dockerfile).toContain(
      `CMD ${JSON.stringify(['node', ...NODE_RUNTIME_FLAGS, 'dist/bots/cli.js', 'serve'])}`.replaceAll(
        ',',
        ', ',
      ),
    );
    expect(dockerfile).not.toMatch(/"tsx"|--import tsx/);
  });
});

describe('docker-compose.yml', () => {
  it('restarts every long-running service unless stopped', () => {
    for (const name of ['postgres', 'redis', 'app', 'worker'])
      expect(compose.services[name]?.restart, name).toBe('unless-stopped');
  });

  it('publishes Postgres and Redis on localhost only, and requires their passwords', () => {
    for (const name of ['postgres', 'redis']) {
      for (const port of compose.services[name]?.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
    const raw = read('docker-compose.yml');
    expect(raw).toMatch(/POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD:\?/);
    expect(raw).not.toMatch(/POSTGRES_PASSWORD: postgres\b/);
    expect(compose.services.redis?.command).toContain('--requirepass');
    expect(raw).toMatch(/REDIS_URL: redis:\/\/:\$\{REDIS_PASSWORD:\?/);
  });

  it('checks the health of Postgres, Redis and the app, and runs node directly, with our runtime flags', () => {
    for (const name of ['postgres', 'redis', 'app'])
      expect(compose.services[name]?.healthcheck, name).toBeTruthy();
    const node = ['node', ...NODE_RUNTIME_FLAGS, 'dist/bots/cli.js'];
    for (const name of ['app', 'worker', 'migrate'])
      expect(compose.services[name]?.command?.slice(0, node.length), name).toEqual(node);
  });

  it('scales the worker (`docker compose up --scale worker=3`): no fixed name or host port, same Postgres and Redis', () => {
    const worker = compose.services.worker!;
    expect(worker.container_name).toBeUndefined();
    expect(worker.ports).toBeUndefined();
    expect(worker.environment?.DATABASE_URL).toBe(compose.services.app?.environment?.DATABASE_URL);
    expect(worker.environment?.REDIS_URL).toBe(compose.services.app?.environment?.REDIS_URL);
  });
});

describe('package.json', () => {
  it('starts the CLI (`npm run eventos`, `npm run demo`) with the runtime flags the image uses', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const node = ['node', ...NODE_RUNTIME_FLAGS, '--import', 'tsx', 'bots/cli.ts'].join(' ');
    expect(scripts.eventos).toBe(node);
    expect(scripts.demo).toMatch(new RegExp(`&& ${node} demo$`));
  });
});
