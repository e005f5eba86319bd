import type { EntityManager } from '@mikro-orm/postgresql';

export interface SalesPoint {
  /** Day (YYYY-MM-DD, UTC). */
  day: string;
  tier: string;
  /** Tickets sold up to and including that day (confirmed orders still confirmed). */
  cumulative: number;
}

/** Tickets sold over time per tier, cumulative by day: the series behind the stats chart. */
export async function salesOverTime(em: EntityManager, eventId: string): Promise<SalesPoint[]> {
  const rows = await em.execute<{ day: string; tier: string; cumulative: string }[]>(
    `select day, tier, sum(n) over (partition by tier order by day) as cumulative from (
       select to_char(date_trunc('day', o.confirmed_at at time zone 'UTC'), 'YYYY-MM-DD') as day, t.code as tier,
              sum(o.quantity) as n
         from orders o join ticket_tiers t on t.id = o.tier_id
        where o.event_id = ? and o.status = 'confirmed' and o.confirmed_at is not null
        group by 1, 2) daily
     order by day, tier`,
    [eventId],
  );
  return rows.map((r) => ({ day: r.day, tier: r.tier, cumulative: Number(r.cumulative) }));
}
