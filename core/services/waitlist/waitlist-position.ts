import type { EntityManager } from '@mikro-orm/postgresql';

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

interface EntryRow {
  id: string;
  tier_id: string;
  tier_code: string;
  tier_name: string;
  party_size: number;
  status: 'waiting' | 'offered';
  ahead: string | number;
  people_ahead: string | number;
  promotion_id: string | null;
  seats: number | null;
  expires_at: Date | null;
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
  const rows = await em.execute<EntryRow[]>(
    `select w.id, w.tier_id, t.code as tier_code, t.name as tier_name, w.party_size, w.status,
            a.ahead, a.people_ahead, p.id as promotion_id, p.seats, p.expires_at
       from waitlists w
       join ticket_tiers t on t.id = w.tier_id
       cross join lateral (
         select count(*) as ahead, coalesce(sum(o.party_size), 0) as people_ahead
           from waitlists o
          where o.tier_id = w.tier_id and o.status = 'waiting'
            and (o.priority > w.priority
                 or (o.priority = w.priority and (o.joined_at, o.id) < (w.joined_at, w.id)))) a
       left join waitlist_promotions p on p.entry_id = w.id and p.status = 'open'
      where w.event_id = ? and w.contact_id = ? and w.status in ('waiting', 'offered')
        and (?::uuid is null or w.id = ?::uuid)
      order by w.joined_at, w.id`,
    [options.eventId, options.contactId, options.entryId ?? null, options.entryId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    tierId: r.tier_id,
    tierCode: r.tier_code,
    tierName: r.tier_name,
    partySize: r.party_size,
    status: r.status,
    position: Number(r.ahead) + 1,
    ahead: Number(r.ahead),
    peopleAhead: Number(r.people_ahead),
    offer:
      r.promotion_id && r.seats !== null && r.expires_at
        ? { promotionId: r.promotion_id, seats: r.seats, expiresAt: new Date(r.expires_at) }
        : null,
  }));
}
