import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { WaitlistEntry } from '../../../db/entities/waitlist-entry.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface WaitlistLine {
  entryId: string;
  tierId: string;
  tierCode: string;
  position: number;
  /** The attendee's name, else the contact's, else the phone number; null when there is none. */
  name: string | null;
  partySize: number;
  status: Extract<WaitlistEntry['status'], 'waiting' | 'offered'>;
  /** When an offer is in flight, when it lapses. */
  offerExpiresAt: Date | null;
}

/** Live waiting-list entries in queue order (priority, then join time), optionally for one tier. */
export async function listWaitlist(
  em: EntityManager,
  eventId: string,
  tierId?: string,
): Promise<WaitlistLine[]> {
  let query = kysely(em)
    .selectFrom('WaitlistEntry as w')
    .innerJoin('TicketTier as t', 't.id', 'w.tier')
    .innerJoin('Contact as c', 'c.id', 'w.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'c.id').onRef('a.event', '=', 'w.eventId'),
    )
    .leftJoin('WaitlistPromotion as p', (join) =>
      join.onRef('p.entry', '=', 'w.id').on('p.status', '=', 'open'),
    )
    .select((eb) => [
      'w.id as entryId',
      'w.tier as tierId',
      't.code as tierCode',
      sql<string>`row_number() over (partition by ${eb.ref('w.tier')} order by ${eb.ref('w.priority')} desc, ${eb.ref('w.joinedAt')})`.as(
        'position',
      ),
      eb.fn.coalesce('a.name', 'c.displayName', 'c.phone').as('name'),
      'w.partySize',
      'w.status',
      'p.expiresAt',
    ])
    .where('w.eventId', '=', eventId)
    .where('w.status', 'in', ['waiting', 'offered']);
  if (tierId) query = query.where('w.tier', '=', tierId);
  const rows = await query
    .orderBy('t.priceCents', 'desc')
    .orderBy('t.code')
    .orderBy('position')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    entryId: r.entryId,
    tierId: r.tierId,
    tierCode: r.tierCode,
    position: Number(r.position),
    name: r.name ?? null,
    partySize: r.partySize,
    status: r.status as WaitlistLine['status'],
    offerExpiresAt: r.expiresAt ? new Date(r.expiresAt) : null,
  }));
}
