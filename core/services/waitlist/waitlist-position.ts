import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** One of a person's live waiting-list entries, with where it stands right now. */
export interface ActiveEntry {
  id: string;
  tierId: string;
  tierCode: string;
  tierName: string;
  partySize: number;
  status: 'waiting' | 'offered';
  /** 1 = next in line. Only meaningful while waiting. */
  position: number;
  /** Entries served before this one that are still waiting, and the people in them. */
  ahead: number;
  peopleAhead: number;
  /** The open offer, when status is 'offered'. */
  offer: { promotionId: string; seats: number; expiresAt: Date } | null;
}

/**
 * A person's active entries for an event. "Ahead" is the serving order of offer-freed-seats: higher priority
 * first, then earlier join time (id breaks exact ties), counting only entries still waiting — people who
 * hold an offer or left are no longer in front of anyone.
 */
export async function findActiveEntries(
  em: EntityManager,
  options: { eventId: string; contactId: string; entryId?: string },
): Promise<ActiveEntry[]> {
  const rows = await kysely(em)
    .selectFrom('WaitlistEntry as w')
    .innerJoin('TicketTier as t', 't.id', 'w.tier')
    // Who is served before this entry and still waiting.
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('WaitlistEntry as o')
        .select((o) => [
          o.cast<number>(o.fn.countAll(), 'integer').as('ahead'),
          o.cast<number>(o.fn.coalesce(o.fn.sum('o.partySize'), o.lit(0)), 'integer').as('peopleAhead'),
        ])
        .whereRef('o.tier', '=', 'w.tier')
        .where('o.status', '=', 'waiting')
        .where((o) =>
          o.or([
            o('o.priority', '>', o.ref('w.priority')),
            o.and([
              o('o.priority', '=', o.ref('w.priority')),
              o(o.refTuple('o.joinedAt', 'o.id'), '<', o.refTuple('w.joinedAt', 'w.id')),
            ]),
          ]),
        )
        .as('a'),
    )
    .leftJoin('WaitlistPromotion as p', (join) =>
      join.onRef('p.entry', '=', 'w.id').on('p.status', '=', 'open'),
    )
    .select([
      'w.id',
      'w.tier as tierId',
      't.code as tierCode',
      't.name as tierName',
      'w.partySize',
      'w.status',
      'a.ahead',
      'a.peopleAhead',
      'p.id as promotionId',
      'p.seats',
      'p.expiresAt',
    ])
    .where('w.eventId', '=', options.eventId)
    .where('w.contact', '=', options.contactId)
    .where('w.status', 'in', ['waiting', 'offered'])
    .$if(options.entryId !== undefined, (q) => q.where('w.id', '=', options.entryId!))
    .orderBy('w.joinedAt')
    .orderBy('w.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    tierId: r.tierId,
    tierCode: r.tierCode,
    tierName: r.tierName,
    partySize: r.partySize,
    status: r.status === 'offered' ? 'offered' : 'waiting',
    position: r.ahead + 1,
    ahead: r.ahead,
    peopleAhead: r.peopleAhead,
    offer:
      r.promotionId && r.seats != null && r.expiresAt
        ? { promotionId: r.promotionId, seats: r.seats, expiresAt: r.expiresAt }
        : null,
  }));
}
