import type { EntityManager } from '@mikro-orm/postgresql';

export interface BroadcastAudience {
  /** Attendees and ticket holders of the event with a phone number. */
  total: number;
  optedOut: number;
  /** Not opted out but silent for 24 h: WhatsApp refuses free-form messages to them (suppressed). */
  outsideWindow: number;
  reachable: number;
}

const AUDIENCE = `
  select distinct c.id, c.phone, c.opted_out, c.last_inbound_at from contacts c
   where c.phone is not null and (
     exists (select 1 from attendees a where a.contact_id = c.id and a.event_id = ?)
     or exists (select 1 from orders o where o.contact_id = c.id and o.event_id = ? and o.status = 'confirmed'))`;

/** Who a broadcast would reach, and who it would not (STOP, WhatsApp's 24-hour rule). */
export async function broadcastAudience(
  em: EntityManager,
  eventId: string,
  now: Date,
): Promise<BroadcastAudience> {
  const [row] = await em.execute<{ total: string; opted_out: string; outside: string }[]>(
    `select count(*) as total, count(*) filter (where opted_out) as opted_out,
       count(*) filter (where not opted_out and (last_inbound_at is null or last_inbound_at < ?::timestamptz - interval '24 hours')) as outside
     from (${AUDIENCE}) audience`,
    [now, eventId, eventId],
  );
  const total = Number(row?.total ?? 0);
  const optedOut = Number(row?.opted_out ?? 0);
  const outsideWindow = Number(row?.outside ?? 0);
  return { total, optedOut, outsideWindow, reachable: total - optedOut - outsideWindow };
}

/** The audience's contacts, for writing the broadcast's outbox rows. */
export async function broadcastRecipients(
  em: EntityManager,
  eventId: string,
): Promise<{ id: string; phone: string }[]> {
  return em.execute<{ id: string; phone: string }[]>(
    `select id, phone from (${AUDIENCE}) audience order by phone`,
    [eventId, eventId],
  );
}
