import type { EntityManager } from '@mikro-orm/postgresql';

export interface OpenHandoff {
  id: string;
  name: string;
  phone: string;
  reason: string;
  createdAt: Date;
  slackChannel: string | null;
  slackThreadTs: string | null;
}

/** Open handoffs of an event, oldest first; `query` (name or phone) narrows them. */
export async function listOpenHandoffs(
  em: EntityManager,
  eventId: string,
  query?: string,
): Promise<OpenHandoff[]> {
  const rows = await em.execute<
    {
      id: string;
      name: string | null;
      phone: string;
      reason: string;
      created_at: Date;
      slack_channel: string | null;
      slack_thread_ts: string | null;
    }[]
  >(
    `select h.id, coalesce(a.name, ct.display_name) as name, ct.phone, h.reason, h.created_at, h.slack_channel,
       h.slack_thread_ts
     from handoffs h join conversations c on c.id = h.conversation_id join contacts ct on ct.id = c.contact_id
     left join attendees a on a.contact_id = ct.id and a.event_id = c.event_id
     where c.event_id = ? and h.status = 'open'
       and (?::text is null or ct.phone = ? or coalesce(a.name, ct.display_name, '') ilike '%' || ? || '%')
     order by h.created_at limit 50`,
    [eventId, query ?? null, query ?? null, query ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? r.phone,
    phone: r.phone,
    reason: r.reason,
    createdAt: new Date(r.created_at),
    slackChannel: r.slack_channel,
    slackThreadTs: r.slack_thread_ts,
  }));
}
