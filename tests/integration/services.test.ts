import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testRedisPrefix, testRedisUrl, withClient } from '../setup/test-database.js';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

describe('local services', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('gives each test database pgvector, with cosine-distance ordering', async () => {
    await withClient(first.url, async (db) => {
      const ext = await db.query(`select extversion from pg_extension where extname = 'vector'`);
      expect(ext.rowCount).toBe(1);
      await db.query('create table items (name text primary key, embedding vector(3))');
      await db.query(`insert into items values ('x', '[1,0,0]'), ('y', '[0,1,0]'), ('xy', '[1,1,0]')`);
      const { rows } = await db.query<{ name: string }>(
        `select name from items order by embedding <=> '[1,0.1,0]'`,
      );
      expect(rows.map((row) => row.name)).toEqual(['x', 'xy', 'y']);
    });
  });

  it('keeps test databases isolated from each other', async () => {
    expect(second.url).not.toBe(first.url);
    await withClient(second.url, async (db) => {
      const { rows } = await db.query(`select to_regclass('items') as found`);
      expect(rows[0].found).toBeNull();
    });
  });

  it('clones the migrated template', async () => {
    await withClient(second.url, async (db) => {
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    });
  });

  it('answers PING on Redis, keyed under a per-file prefix', async () => {
    const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    try {
      expect(await redis.ping()).toBe('PONG');
      const key = `${testRedisPrefix()}:probe`;
      await redis.set(key, 'ok', 'EX', 60);
      expect(await redis.get(key)).toBe('ok');
      expect(testRedisPrefix()).toBe(testRedisPrefix());
    } finally {
      redis.disconnect();
    }
  });
});
