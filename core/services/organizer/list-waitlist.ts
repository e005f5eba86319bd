import type { EntityManager } from '@mikro-orm/postgresql';

export interface WaitlistLine {
  entryId: string;
  tierId: string;
  tierCode: string;
  position: number;
  name: string;
  partySize: number;
  status: 'waiting' | 'offered';
  /** When an offer is in flight, when it lapses. */
  offerExpiresAt: Date | null;
}

/** Live waiting-list entries in queue order (priority, then join time), optionally for one tier. */
export async function listWaitlist(
  em: EntityManager,
  eventId: string,
  tierId?: string,
): Promise<WaitlistLine[]> {
  const rows = await em.execute<
    {
      id: string;
      tier_id: string;
      code: string;
      position: string;
      name: string | null;
      phone: string | null;
      party_size: number;
      status: 'waiting' | 'offered';
      expires_at: Date | null;
    }[]
  >(
    `select w.id, w.tier_id, t.code, row_number() over (partition by w.tier_id order by w.priority desc, w.joined_at) as position,
       coalesce(a.name, c.display_name) as name, c.phone, w.party_size, w.status, p.expires_at
     from waitlists w
     join ticket_tiers t on t.id = w.tier_id
     join contacts c on c.id = w.contact_id
     left join attendees a on a.contact_id = c.id and a.event_id = w.event_id
     left join waitlist_promotions p on p.entry_id = w.id and p.status = 'open'
     where w.event_id = ? and w.status in ('waiting', 'offered') and (?::uuid is null or w.tier_id = ?::uuid)
     order by t.price_cents desc, t.code, position limit 50`,
    [eventId, tierId ?? null, tierId ?? null],
  );
  return rows.map((r) => ({
    entryId: r.id,
    tierId: r.tier_id,
    tierCode: r.code,
    position: Number(r.position),
    name: r.name ?? r.phone ?? 'unknown',
    partySize: r.party_size,
    status: r.status,
    offerExpiresAt: r.expires_at ? new Date(r.expires_at) : null,
  }));
}
