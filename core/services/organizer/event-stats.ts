import type { EntityManager } from '@mikro-orm/postgresql';
import { type SponsorLeadCounts, sponsorLeadCounts } from '../leads/sponsor-lead-counts.js';

export interface TierStats {
  code: string;
  name: string;
  capacity: number;
  sold: number;
  held: number;
  revenueCents: number;
  /** Parties and people waiting (offers in flight not included). */
  waitingParties: number;
  waitingPeople: number;
  checkedIn: number;
}

export interface EventStats {
  eventName: string;
  currency: string;
  tiers: TierStats[];
  openHandoffs: number;
  /** Sponsor leads per sponsor: counts only. */
  sponsors: SponsorLeadCounts[];
  /** 1:1 networking meetings: requests waiting for an answer, accepted (upcoming) and completed. */
  meetings: { pending: number; accepted: number; completed: number };
}

/** Sales, seats and waiting lists per tier, and open handoffs: what `/eventos stats` shows. */
export async function eventStats(em: EntityManager, eventId: string): Promise<EventStats | null> {
  const [event] = await em.execute<{ name: string; currency: string }[]>(
    'select name, currency from events where id = ?',
    [eventId],
  );
  if (!event) return null;
  const tiers = await em.execute<
    {
      code: string;
      name: string;
      capacity: number;
      sold: number;
      held: number;
      revenue: string;
      parties: string;
      people: string;
      checked_in: string;
    }[]
  >(
    `select t.code, t.name, t.capacity, t.sold, t.held,
       coalesce((select sum(o.total_cents) from orders o where o.tier_id = t.id and o.status = 'confirmed'), 0) as revenue,
       (select count(*) from waitlists w where w.tier_id = t.id and w.status = 'waiting') as parties,
       coalesce((select sum(w.party_size) from waitlists w where w.tier_id = t.id and w.status = 'waiting'), 0) as people,
       (select count(*) from tickets k join orders o on o.id = k.order_id
         where o.tier_id = t.id and k.status = 'valid' and k.checked_in_at is not null) as checked_in
     from ticket_tiers t where t.event_id = ? order by t.price_cents desc, t.code`,
    [eventId],
  );
  const [handoffs] = await em.execute<{ n: string }[]>(
    `select count(*) as n from handoffs h join conversations c on c.id = h.conversation_id
      where c.event_id = ? and h.status = 'open'`,
    [eventId],
  );
  const [meetings] = await em.execute<{ pending: number; accepted: number; completed: number }[]>(
    `select count(*) filter (where status = 'pending')::int as pending,
            count(*) filter (where status = 'accepted')::int as accepted,
            count(*) filter (where status = 'completed')::int as completed
       from meetings where event_id = ?`,
    [eventId],
  );
  return {
    eventName: event.name,
    currency: event.currency,
    tiers: tiers.map((t) => ({
      code: t.code,
      name: t.name,
      capacity: t.capacity,
      sold: t.sold,
      held: t.held,
      revenueCents: Number(t.revenue),
      waitingParties: Number(t.parties),
      waitingPeople: Number(t.people),
      checkedIn: Number(t.checked_in),
    })),
    openHandoffs: Number(handoffs?.n ?? 0),
    sponsors: await sponsorLeadCounts(em, eventId),
    meetings: meetings ?? { pending: 0, accepted: 0, completed: 0 },
  };
}
