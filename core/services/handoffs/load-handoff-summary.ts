import type { EntityManager } from '@mikro-orm/postgresql';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Handoff } from '../../../db/entities/handoff.entity.js';
import type { Message } from '../../../db/entities/message.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface HandoffSummary {
  id: string;
  status: Handoff['status'];
  eventId: string;
  name: string;
  phone: string;
  reason: string;
  /** e.g. "2 × vip (confirmed)"; empty when the person has no tickets. */
  tickets: string[];
  /** The conversation's last messages, oldest first. */
  lastMessages: { direction: Message['direction']; body: string }[];
  slackChannel: string | null;
  slackThreadTs: string | null;
}

/** How many of the conversation's last messages organizers see. */
const LAST_MESSAGES = 6;

/** What organizers need to pick a handoff up: who, their tickets, and the last few messages. */
export async function loadHandoffSummary(
  em: EntityManager,
  handoffId: string,
): Promise<HandoffSummary | null> {
  const h = await kysely(em)
    .selectFrom('Handoff as h')
    .innerJoin('Conversation as c', 'c.id', 'h.conversation')
    .innerJoin('Contact as ct', 'ct.id', 'c.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'ct.id').onRef('a.event', '=', 'c.event'),
    )
    .select((eb) => [
      'h.id',
      'h.status',
      'c.event as eventId',
      eb.fn.coalesce('a.name', 'ct.displayName').as('name'),
      'ct.phone',
      'h.reason',
      'h.slackChannel',
      'h.slackThreadTs',
      jsonArrayFrom(
        eb
          .selectFrom('Order as o')
          .innerJoin('TicketTier as t', 't.id', 'o.tier')
          .select(['o.quantity', 't.code', 'o.status'])
          .whereRef('o.contact', '=', 'c.contact')
          .whereRef('o.event', '=', 'c.event')
          .where('o.status', 'in', ['reserved', 'confirmed'])
          .orderBy('o.createdAt'),
      ).as('tickets'),
      // Newest first to take the last few; turned oldest first below.
      jsonArrayFrom(
        eb
          .selectFrom('Message as m')
          .select(['m.direction', 'm.body'])
          .whereRef('m.contact', '=', 'c.contact')
          .where((m) => m.or([m('m.eventId', '=', m.ref('c.event')), m('m.eventId', 'is', null)]))
          .orderBy('m.createdAt', 'desc')
          .limit(LAST_MESSAGES),
      ).as('lastMessages'),
    ])
    .where('h.id', '=', handoffId)
    .executeTakeFirst();
  if (!h) return null;
  // Handoffs come from WhatsApp conversations: the contact has a phone number.
  const phone = h.phone!;
  return {
    id: h.id,
    status: h.status,
    eventId: h.eventId,
    name: h.name ?? phone,
    phone,
    reason: h.reason,
    tickets: h.tickets.map((t) => `${t.quantity} × ${t.code} (${t.status})`),
    lastMessages: h.lastMessages.reverse(),
    slackChannel: h.slackChannel ?? null,
    slackThreadTs: h.slackThreadTs ?? null,
  };
}
