import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/** What /metrics reads from Postgres at each scrape: the same answer from every process. */
export interface Backlog {
  /** Outbox rows waiting to be sent (pending or mid-send), and the age of the oldest, in seconds (0: none). */
  outbox: { waiting: number; oldestSeconds: number };
  /** Inbound messages stored but not yet handled (the last day's, as the sweeper sees them). */
  inbound: { waiting: number; oldestSeconds: number };
  /** Booking attempts of the last five minutes by outcome (`booked`, `reserved`, `rejected`). */
  bookings: { outcome: string; count: number }[];
}

export const RECENT_BOOKINGS_SECONDS = 300;

/**
 * Three small reads, each over an index (outbox status, messages' unhandled rows, booking_attempts' event and
 * time): cheap enough for a scrape every few seconds during a peak.
 */
export async function readBacklog(em: EntityManager): Promise<Backlog> {
  const db = kysely(em);
  const age = (column: 'createdAt') =>
    sql<number>`coalesce(extract(epoch from now() - min(${sql.ref(column)})), 0)::float8`;
  const [outbox, inbound, bookings] = await Promise.all([
    db
      .selectFrom('Outbox')
      .select((eb) => [eb.fn.countAll<number>().as('waiting'), age('createdAt').as('oldestSeconds')])
      .where('status', 'in', ['pending', 'sending'])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('Message')
      .select((eb) => [eb.fn.countAll<number>().as('waiting'), age('createdAt').as('oldestSeconds')])
      .where('direction', '=', 'in')
      .where('handledAt', 'is', null)
      .where('createdAt', '>', sql<Date>`now() - interval '1 day'`)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('BookingAttempt')
      .select((eb) => ['outcome', eb.fn.countAll<number>().as('count')])
      .where('createdAt', '>', sql<Date>`now() - make_interval(secs => ${RECENT_BOOKINGS_SECONDS})`)
      .groupBy('outcome')
      .execute(),
  ]);
  const figures = (row: { waiting: number | string | bigint; oldestSeconds: number }) => ({
    waiting: Number(row.waiting),
    oldestSeconds: Number(row.oldestSeconds),
  });
  return {
    outbox: figures(outbox),
    inbound: figures(inbound),
    bookings: bookings.map((row) => ({ outcome: row.outcome, count: Number(row.count) })),
  };
}
