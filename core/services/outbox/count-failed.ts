import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/** Failed work of the last day, for /healthz details: poison inbound messages and outbox rows that failed for good. */
export async function countRecentFailures(em: EntityManager): Promise<{ inbound: number; outbox: number }> {
  const since = sql<Date>`now() - interval '1 day'`;
  const db = kysely(em);
  const [inbound, outbox] = await Promise.all([
    db
      .selectFrom('Message')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', '=', 'failed')
      .where('direction', '=', 'in')
      .where('createdAt', '>', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('Outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', '=', 'failed')
      .where('createdAt', '>', since)
      .executeTakeFirstOrThrow(),
  ]);
  return { inbound: Number(inbound.n), outbox: Number(outbox.n) };
}
