/**
 * vitest globalSetup: starts (or finds) the local Postgres + Redis, rebuilds the migrated template database
 * that each integration test file clones, and hands the URLs to tests through `inject()`. The services stay
 * up after the run so the next run starts in milliseconds; `npm run -s eventos -- services down` stops them.
 */
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../db/migrate.js';
import { servicesUp } from '../../scripts/services/local-services.js';
import {
  databaseUrlFor,
  TEMPLATE_DATABASE,
  TEST_DATABASE_PREFIX,
  withAdmin,
  withClient,
  withTemplateLock,
} from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

/**
 * Several engineers share one checkout and its services, so a run must not drop another run's databases: only
 * those older than this (their name carries the creation time) are treated as leftovers of crashed runs.
 */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

export default async function setup(project: TestProject): Promise<void> {
  const urls = await servicesUp({ log: (message) => process.stderr.write(`[services] ${message}\n`) });
  await withAdmin(urls.databaseUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${TEST_DATABASE_PREFIX}%`],
    );
    for (const { datname } of rows) {
      const createdAt = Number.parseInt(datname.slice(TEST_DATABASE_PREFIX.length).split('_')[0] ?? '', 36);
      if (!(Date.now() - createdAt < LEFTOVER_AGE_MS)) {
        await admin.query(`drop database if exists "${datname}" with (force)`);
      }
    }
    await withTemplateLock(admin, async () => {
      await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
      await admin.query(`create database ${TEMPLATE_DATABASE}`);
      const templateUrl = databaseUrlFor(urls.databaseUrl, TEMPLATE_DATABASE);
      await withClient(templateUrl, (db) => db.query('create extension if not exists vector'));
      await migrateDatabase(templateUrl);
      // Cloning needs a template nobody is connected to; stray sessions (psql, an IDE) would break every test.
      await admin.query(`alter database ${TEMPLATE_DATABASE} with allow_connections false`);
    });
  });
  project.provide('databaseUrl', urls.databaseUrl);
  project.provide('redisUrl', urls.redisUrl);
}
