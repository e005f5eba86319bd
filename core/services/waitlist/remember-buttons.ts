import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { Button } from '../../messages.js';

/**
 * Makes a proactive message's buttons the conversation's "last choices", so a typed "1" or "Claim" answers
 * it (on Twilio buttons arrive as numbered text, see resolve-choice.ts).
 *
 * `wait: false` is for the offer transaction, which holds the tier row lock: it skips a conversation row that
 * an inbound message is handling right now instead of waiting for it (that message may itself be waiting
 * for the tier — a deadlock), and reports false so the caller can retry after commit with `wait: true`.
 */
export async function rememberButtons(
  em: EntityManager,
  target: { eventId: string; contactId: string; buttons: Button[] },
  options: { wait: boolean },
): Promise<boolean> {
  const db = kysely(em);
  // Only `lastButtons` changes: the rest of the dialog state belongs to the conversation's own messages.
  const withButtons = sql<never>`jsonb_set(${sql.ref('Conversation.state')}, '{lastButtons}', ${JSON.stringify(target.buttons)}::jsonb)`;
  if (!options.wait) {
    const updated = await db
      .updateTable('Conversation')
      .set({ state: withButtons, updatedAt: sql`now()` })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('Conversation')
          .select('id')
          .where('event', '=', target.eventId)
          .where('contact', '=', target.contactId)
          .forUpdate()
          .skipLocked(),
      )
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }
  await db
    .insertInto('Conversation')
    .values({
      id: sql`gen_random_uuid()`,
      event: target.eventId,
      contact: target.contactId,
      // A conversation that starts here: nothing asked, nothing misunderstood yet (the router's empty state).
      state: { misunderstood: 0, lastButtons: target.buttons },
      createdAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .onConflict((oc) =>
      oc.columns(['event', 'contact']).doUpdateSet({ state: withButtons, updatedAt: sql`now()` }),
    )
    .executeTakeFirst();
  return true;
}
