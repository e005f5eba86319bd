import type { EntityManager } from '@mikro-orm/postgresql';

export interface HandoffSummary {
  id: string;
  status: 'open' | 'resolved';
  eventId: string;
  name: string;
  phone: string;
  reason: string;
  /** e.g. "2 × vip (confirmed)"; empty when the person has no tickets. */
  tickets: string[];
  /** The conversation's last messages, oldest first. */
  lastMessages: { direction: 'in' | 'out'; body: string }[];
  slackChannel: string | null;
  slackThreadTs: string | null;
}

/** What organizers need to pick a handoff up: who, their tickets, and the last few messages. */
export async function loadHandoffSummary(
  em: EntityManager,
  handoffId: string,
): Promise<HandoffSummary | null> {
  const [h] = await em.execute<
    {
      id: string;
      status: 'open' | 'resolved';
      event_id: string;
      contact_id: string;
      name: string | null;
      phone: string;
      reason: string;
      slack_channel: string | null;
      slack_thread_ts: string | null;
    }[]
  >(
    `select h.id, h.status, c.event_id, c.contact_id, coalesce(a.name, ct.display_name) as name, ct.phone, h.reason,
       h.slack_channel, h.slack_thread_ts
     from handoffs h join conversations c on c.id = h.conversation_id join contacts ct on ct.id = c.contact_id
     left join attendees a on a.contact_id = ct.id and a.event_id = c.event_id where h.id = ?`,
    [handoffId],
  );
  if (!h) return null;
  const tickets = await em.execute<{ quantity: number; code: string; status: string }[]>(
    `select o.quantity, t.code, o.status from orders o join ticket_tiers t on t.id = o.tier_id
      where o.contact_id = ? and o.event_id = ? and o.status in ('reserved', 'confirmed') order by o.created_at`,
    [h.contact_id, h.event_id],
  );
  const messages = await em.execute<{ direction: 'in' | 'out'; body: string }[]>(
    `select direction, body from (select direction, body, created_at from messages
       where contact_id = ? and (event_id = ? or event_id is null) order by created_at desc limit 6) m
     order by created_at`,
    [h.contact_id, h.event_id],
  );
  return {
    id: h.id,
    status: h.status,
    eventId: h.event_id,
    name: h.name ?? h.phone,
    phone: h.phone,
    reason: h.reason,
    tickets: tickets.map((t) => `${t.quantity} × ${t.code} (${t.status})`),
    lastMessages: messages,
    slackChannel: h.slack_channel,
    slackThreadTs: h.slack_thread_ts,
  };
}
