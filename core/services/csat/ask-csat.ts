import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.js';
import type { OutboundMessage } from '../../messages.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { findReplyTarget } from '../waitlist/find-reply-target.js';
import { rememberButtons } from '../waitlist/remember-buttons.js';

/** The question's words with its buttons (core/replies), for the request's id, in the person's language. */
export type CsatQuestion = (requestId: string, locale: Locale) => OutboundMessage & { kind: 'buttons' };

/**
 * After a handoff is resolved: marks the conversation resolved and asks "Did we solve it? 👍/👎" once (one
 * request per handoff, unique), in one transaction. Not asked of someone who opted out (it is a survey, not
 * a reply). Returns the outbox ids to deliver; none when already asked.
 */
export async function askCsatAfterHandoff(
  em: EntityManager,
  input: { handoffId: string; now: Date; question: CsatQuestion },
): Promise<string[]> {
  return em.transactional(async (tx) => {
    const db = kysely(tx);
    const handoff = await db
      .selectFrom('Handoff as h')
      .innerJoin('Conversation as c', 'c.id', 'h.conversation')
      .innerJoin('Contact as k', 'k.id', 'c.contact')
      .select([
        'h.conversation as conversationId',
        'c.event as eventId',
        'c.contact as contactId',
        'k.optedOut',
        'k.language',
      ])
      .where('h.id', '=', input.handoffId)
      .where('h.status', '=', 'resolved')
      .executeTakeFirst();
    if (!handoff) return [];
    await db
      .updateTable('Conversation')
      .set({ resolved: true })
      .where('id', '=', handoff.conversationId)
      .execute();
    if (handoff.optedOut) return [];
    const row = await db
      .insertInto('CsatRequest')
      .values({
        id: sql`gen_random_uuid()`,
        conversation: handoff.conversationId,
        handoff: input.handoffId,
        source: 'human',
        askedAt: input.now,
      })
      .onConflict((oc) => oc.column('handoff').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return [];
    const question = input.question(row.id, handoff.language ?? DEFAULT_LOCALE);
    const target = await findReplyTarget(tx, handoff.contactId, handoff.eventId);
    const ids = await enqueueReplies(tx, target, [question], { intent: 'csat' });
    await rememberButtons(
      tx,
      { eventId: handoff.eventId, contactId: handoff.contactId, buttons: question.buttons },
      { wait: true },
    );
    return ids;
  });
}
