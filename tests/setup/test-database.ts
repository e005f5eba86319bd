/**
 * Integration-test helpers: a private, migrated database per test (cloned from the template that
 * global-setup builds) and a private BullMQ key prefix per test file, all on the shared local services.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export const TEMPLATE_DATABASE = 'eventos_test_template';
/** Followed by the creation time in base 36, so global setup can tell a crashed run's leftovers by age. */
export const TEST_DATABASE_PREFIX = 'eventos_t_';
/** Arbitrary key for the advisory lock that serialises template rebuilds and clones across processes. */
const TEMPLATE_LOCK_KEY = 461_337_001;
const OBJECT_IN_USE = '55006';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.href;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A session on the cluster's maintenance database, for CREATE/DROP DATABASE. */
export const withAdmin = <T>(url: string, fn: (client: pg.Client) => Promise<T>) =>
  withClient(databaseUrlFor(url, 'postgres'), fn);

export async function withTemplateLock<T>(admin: pg.Client, fn: () => Promise<T>): Promise<T> {
  await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
  try {
    return await fn();
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
  }
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const baseUrl = inject('databaseUrl');
  const name = `${TEST_DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(baseUrl, (admin) =>
    withTemplateLock(admin, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 30) throw error;
          // Postgres refuses to clone a template with sessions on it. The template allows no new connections,
          // so any left are the migrator's, whose backends outlive the client's end() by a few milliseconds.
          await admin.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [TEMPLATE_DATABASE],
          );
          await sleep(50);
        }
      }
    }),
  );
  return {
    url: databaseUrlFor(baseUrl, name),
    drop: () =>
      withAdmin(baseUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`)).then(
        () => {},
      ),
  };
}

export const testRedisUrl = (): string => inject('redisUrl');

let redisPrefix: string | undefined;
/** Unique per test file (vitest gives each file its own module instance), so files never share BullMQ keys. */
export function testRedisPrefix(): string {
  redisPrefix ??= `t-${randomBytes(4).toString('hex')}`;
  return redisPrefix;
}
