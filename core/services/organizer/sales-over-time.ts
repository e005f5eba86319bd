import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { SalesPoint } from '../../ports/sales-chart.js';

/** Tickets sold over time per tier, cumulative by day: the series behind the stats chart. */
export async function salesOverTime(em: EntityManager, eventId: string): Promise<SalesPoint[]> {
  const db = kysely(em);
  const day = sql<string>`to_char(date_trunc('day', ${sql.ref('o.confirmedAt')} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const daily = db
    .selectFrom('Order as o')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .select((eb) => [day.as('day'), 't.code as tierCode', eb.fn.sum<string>('o.quantity').as('sold')])
    .where('o.event', '=', eventId)
    .where('o.status', '=', 'confirmed')
    .where('o.confirmedAt', 'is not', null)
    .groupBy([day, 't.code']);
  const rows = await db
    .selectFrom(daily.as('daily'))
    .select([
      'daily.day',
      'daily.tierCode',
      sql<string>`sum(${sql.ref('daily.sold')}) over (partition by ${sql.ref('daily.tierCode')} order by ${sql.ref('daily.day')})`.as(
        'cumulative',
      ),
    ])
    .orderBy('daily.day')
    .orderBy('daily.tierCode')
    .execute();
  return rows.map((r) => ({ day: r.day, tier: r.tierCode, cumulative: Number(r.cumulative) }));
}
