import type { PersonalDataEraser } from './personal-data-eraser.js';

/**
 * "Forget me": what the person wrote to us and what we wrote back, for the event. Rows stay (inbound ids keep
 * deduplicating retried webhooks, delivery statuses still arrive) but their text, payload and voice transcript
 * are blanked. Only finished rows: a message still being handled or delivered (this very confirmation and its
 * reply) is left alone. Copies already posted to Slack handoff threads are outside this database.
 */
export const conversationEraser: PersonalDataEraser = {
  what: 'conversation history',
  async erase(em, target) {
    const rows = await em.execute<{ id: string }[]>(
      `update messages m
          set body = '', payload = jsonb_build_object('kind', m.kind, 'redacted', true), transcript = null,
              updated_at = now()
        where m.contact_id = ? and m.event_id = ? and m.payload->>'redacted' is null
          and ((m.direction = 'in' and m.handled_at is not null)
            or (m.direction = 'out' and exists (
                  select 1 from outbox o where o.message_id = m.id and o.status in ('sent', 'failed', 'suppressed'))))
        returning m.id`,
      [target.contactId, target.eventId],
    );
    return rows.length;
  },
};
