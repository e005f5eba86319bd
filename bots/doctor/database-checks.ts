import { eventReadiness } from '../../core/services/events/event-readiness.js';
import { pendingMigrations, pgvectorVersion } from '../../db/health.js';
import type { Db } from '../../db/orm.js';
import { type Check, type CheckResult, fail, ok, skip } from './check.js';

/** Queries on our tables need every migration applied; before that their checks skip. */
export async function schemaReady(db: Db): Promise<boolean> {
  return (await pendingMigrations(db)).length === 0;
}

const noDb = (id: string, title: string) => skip(id, title, 'skipped: the database is not reachable');

export const migrationsApplied: Check = async ({ db }) => {
  const title = 'Migrations applied';
  if (!db) return [noDb('database.migrations', title)];
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return [ok('database.migrations', title, 'database is up to date')];
  return [
    fail(
      'database.migrations',
      title,
      `${pending.length} pending: ${pending.slice(0, 3).join(', ')}${pending.length > 3 ? ', …' : ''}`,
      'Run `npm run -s eventos -- migrate`.',
    ),
  ];
};

export const pgvectorPresent: Check = async ({ db }) => {
  const title = 'pgvector installed';
  if (!db) return [noDb('database.pgvector', title)];
  const version = await pgvectorVersion(db.em.fork());
  if (version) return [ok('database.pgvector', title, `vector ${version}`)];
  return [
    fail(
      'database.pgvector',
      title,
      'the vector extension is not installed in this database',
      'Use a Postgres with pgvector (e.g. the pgvector/pgvector image) and run `create extension vector;` as an owner.',
    ),
  ];
};

/** Each imported event has organizers (who may run `/eventos`) and a Slack channel per sponsor (for `/leads`). */
export const eventsImported: Check = async ({ db }) => {
  const title = 'Events imported';
  if (!db) return [noDb('events', title)];
  if (!(await schemaReady(db))) return [skip('events', title, 'skipped: migrations pending')];
  const events = await eventReadiness(db.em.fork());
  if (events.length === 0)
    return [
      fail(
        'events',
        title,
        'no event in the database',
        'Run `npm run -s eventos -- import <event-file.json>`.',
      ),
    ];
  return events.map((e): CheckResult => {
    const id = `events.${e.id}`;
    const line = `Event ${e.id}`;
    const noChannel = e.sponsors.filter((s) => !s.slackChannel).map((s) => s.code);
    if (e.organizers === 0)
      return fail(
        id,
        line,
        'no organizers',
        'Add `organizers` (Slack user ids and roles) to the event file and import it again.',
      );
    if (noChannel.length > 0)
      return fail(
        id,
        line,
        `sponsors without a Slack channel: ${noChannel.join(', ')}`,
        "Set each sponsor's `contact.slackChannel` (channel id, C…) in the event file and import it again.",
      );
    return ok(id, line, `${e.organizers} organizer(s), ${e.sponsors.length} sponsor channel(s)`);
  });
};
