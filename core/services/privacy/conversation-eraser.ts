import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
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
    // Unaliased: the entity naming only reaches an UPDATE's own table when it has no alias.
    const result = await kysely(em)
      .updateTable('Message')
      .set((eb) => ({
        body: '',
        payload: sql<
          Record<string, unknown>
        >`jsonb_build_object('kind', ${eb.ref('kind')}, 'redacted', true)`,
        transcript: null,
        updatedAt: new Date(),
      }))
      .where('contact', '=', target.contactId)
      .where('eventId', '=', target.eventId)
      .where(sql`${sql.ref('payload')}->>'redacted'`, 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('direction', '=', 'in'), eb('handledAt', 'is not', null)]),
          eb.and([
            eb('direction', '=', 'out'),
            eb.exists(
              eb
                .selectFrom('Outbox as o')
                .select('o.id')
                .whereRef('o.message', '=', 'Message.id')
                .where('o.status', 'in', ['sent', 'failed', 'suppressed']),
            ),
          ]),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },
};
