import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { EmbeddedQuestion } from '../faq/search-faqs.js';

/**
 * Notes a question the FAQ library could not answer, by its message (the text stays on the message, where
 * retention and "forget me" reach it) and its embedding. Once per message: a retried message changes nothing.
 */
export async function recordFaqMiss(
  em: EntityManager,
  miss: { eventId: string; messageId: string; question: EmbeddedQuestion },
): Promise<void> {
  if (miss.question.vector.length === 0) return;
  await kysely(em)
    .insertInto('FaqMiss')
    .values({
      id: randomUUID(),
      event: miss.eventId,
      message: miss.messageId,
      embedding: miss.question.vector,
      embeddingModel: miss.question.model,
      handedOff: false,
      createdAt: new Date(),
    })
    .onConflict((oc) => oc.column('message').doNothing())
    .execute();
}

/** How long after an unanswered question a handoff still counts as that question going to a human. */
const HANDED_OFF_WITHIN_MINUTES = 30;

/**
 * The person took the offer of a human: their recent unanswered questions at this event went to the team.
 * Returns how many were marked.
 */
export async function markFaqMissesHandedOff(
  em: EntityManager,
  target: { eventId: string; contactId: string; now: Date },
): Promise<number> {
  const since = new Date(target.now.getTime() - HANDED_OFF_WITHIN_MINUTES * 60_000);
  const db = kysely(em);
  const marked = await db
    .updateTable('FaqMiss')
    .set({ handedOff: true })
    .where('event', '=', target.eventId)
    .where('handedOff', '=', false)
    .where('createdAt', '>=', since)
    .where('message', 'in', db.selectFrom('Message').select('id').where('contact', '=', target.contactId))
    .executeTakeFirst();
  return Number(marked.numUpdatedRows);
}
