import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

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
  let select = kysely(em)
    .selectFrom('Handoff as h')
    .innerJoin('Conversation as c', 'c.id', 'h.conversation')
    .innerJoin('Contact as ct', 'ct.id', 'c.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'ct.id').onRef('a.event', '=', 'c.event'),
    )
    .select((eb) => [
      'h.id',
      eb.fn.coalesce('a.name', 'ct.displayName').as('name'),
      'ct.phone',
      'h.reason',
      'h.createdAt',
      'h.slackChannel',
      'h.slackThreadTs',
    ])
    .where('c.event', '=', eventId)
    .where('h.status', '=', 'open');
  if (query !== undefined) {
    select = select.where((eb) =>
      eb.or([
        eb('ct.phone', '=', query),
        eb(eb.fn.coalesce('a.name', 'ct.displayName', eb.val('')), 'ilike', `%${query}%`),
      ]),
    );
  }
  const rows = await select.orderBy('h.createdAt').limit(50).execute();
  return rows.map((r) => {
    // Handoffs come from WhatsApp conversations: the contact has a phone number.
    const phone = r.phone!;
    return {
      id: r.id,
      name: r.name ?? phone,
      phone,
      reason: r.reason,
      createdAt: new Date(r.createdAt),
      slackChannel: r.slackChannel ?? null,
      slackThreadTs: r.slackThreadTs ?? null,
    };
  });
}
