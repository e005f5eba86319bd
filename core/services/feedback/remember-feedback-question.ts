import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { Button } from '../../messages.js';
import type { FeedbackQuestion } from './feedback-question.js';

/**
 * Makes a proactive feedback request the conversation's open question: its rows become the last choices (a
 * typed "4" is rating 4) and `question` tells the feedback-answer step to read the next message as the
 * answer. Only those two keys change; anything else in the state belongs to the conversation's own messages.
 */
export async function rememberFeedbackQuestion(
  em: EntityManager,
  target: {
    eventId: string;
    contactId: string;
    buttons: Button[];
    prompt: string;
    question: FeedbackQuestion;
  },
): Promise<void> {
  const fields = { lastButtons: target.buttons, lastPrompt: target.prompt, question: target.question };
  const patch = JSON.stringify(fields);
  await kysely(em)
    .insertInto('Conversation')
    .values({
      id: sql`gen_random_uuid()`,
      event: target.eventId,
      contact: target.contactId,
      state: { misunderstood: 0, ...fields },
      createdAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .onConflict((oc) =>
      oc.columns(['event', 'contact']).doUpdateSet({
        state: sql<never>`${sql.ref('Conversation.state')} || ${patch}::jsonb`,
        updatedAt: sql`now()`,
      }),
    )
    .executeTakeFirst();
}
