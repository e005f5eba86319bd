import type { EntityManager } from '@mikro-orm/postgresql';
import { Event } from '../../../db/entities/event.entity.js';
import { kysely } from '../../../db/kysely.js';
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
  const event = await em.findOne(Event, eventId);
  if (!event) return null;
  return {
    eventName: event.name,
    currency: event.currency,
    tiers: await tierStats(em, eventId),
    openHandoffs: await openHandoffCount(em, eventId),
    sponsors: await sponsorLeadCounts(em, eventId),
    meetings: await meetingCounts(em, eventId),
  };
}

async function tierStats(em: EntityManager, eventId: string): Promise<TierStats[]> {
  const rows = await kysely(em)
    .selectFrom('TicketTier as t')
    .select((eb) => [
      't.code',
      't.name',
      't.capacity',
      't.sold',
      't.held',
      eb
        .selectFrom('Order as o')
        .select((s) => s.fn.coalesce(s.fn.sum<string>('o.totalCents'), s.lit(0)).as('revenue'))
        .whereRef('o.tier', '=', 't.id')
        .where('o.status', '=', 'confirmed')
        .as('revenue'),
      eb
        .selectFrom('WaitlistEntry as w')
        .select((s) => s.fn.countAll<string>().as('parties'))
        .whereRef('w.tier', '=', 't.id')
        .where('w.status', '=', 'waiting')
        .as('parties'),
      eb
        .selectFrom('WaitlistEntry as w')
        .select((s) => s.fn.coalesce(s.fn.sum<string>('w.partySize'), s.lit(0)).as('people'))
        .whereRef('w.tier', '=', 't.id')
        .where('w.status', '=', 'waiting')
        .as('people'),
      eb
        .selectFrom('Ticket as k')
        .innerJoin('Order as o', 'o.id', 'k.order')
        .select((s) => s.fn.countAll<string>().as('checkedIn'))
        .whereRef('o.tier', '=', 't.id')
        .where('k.status', '=', 'valid')
        .where('k.checkedInAt', 'is not', null)
        .as('checkedIn'),
    ])
    .where('t.event', '=', eventId)
    .orderBy('t.priceCents', 'desc')
    .orderBy('t.code')
    .execute();
  return rows.map((t) => ({
    code: t.code,
    name: t.name,
    capacity: t.capacity,
    sold: t.sold,
    held: t.held,
    revenueCents: Number(t.revenue ?? 0),
    waitingParties: Number(t.parties ?? 0),
    waitingPeople: Number(t.people ?? 0),
    checkedIn: Number(t.checkedIn ?? 0),
  }));
}

async function openHandoffCount(em: EntityManager, eventId: string): Promise<number> {
  const row = await kysely(em)
    .selectFrom('Handoff as h')
    .innerJoin('Conversation as c', 'c.id', 'h.conversation')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('c.event', '=', eventId)
    .where('h.status', '=', 'open')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function meetingCounts(em: EntityManager, eventId: string): Promise<EventStats['meetings']> {
  const row = await kysely(em)
    .selectFrom('Meeting')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', '=', 'pending').as('pending'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'accepted').as('accepted'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'completed').as('completed'),
    ])
    .where('event', '=', eventId)
    .executeTakeFirst();
  return {
    pending: Number(row?.pending ?? 0),
    accepted: Number(row?.accepted ?? 0),
    completed: Number(row?.completed ?? 0),
  };
}
