import { kysely } from '../../../db/kysely.js';
import type { PersonalDataEraser } from '../privacy/personal-data-eraser.js';

/**
 * "Forget me": the person's session attendance, the sessions they asked about, their feedback requests with ratings and comments, and their
 * CSAT answers at the event. Sentiment rows of their messages stay only as anonymous aggregates: the link to
 * the message (and so to them) is cut. Their unanswered questions (FAQ gaps) are deleted. The attendance's sponsor activity goes with the sponsor leads' eraser.
 */
export const feedbackDataEraser: PersonalDataEraser = {
  what: 'session attendance and feedback',
  async erase(em, target) {
    const db = kysely(em);
    const sessions = db.selectFrom('EventSession').select('id').where('event', '=', target.eventId);
    const attendance = await db
      .deleteFrom('SessionAttendance')
      .where('contact', '=', target.contactId)
      .where('session', 'in', sessions)
      .executeTakeFirst();
    const interests = await db
      .deleteFrom('SessionInterest')
      .where('contact', '=', target.contactId)
      .where('session', 'in', sessions)
      .executeTakeFirst();
    const feedback = await db
      .deleteFrom('SessionFeedback')
      .where('contact', '=', target.contactId)
      .where('session', 'in', sessions)
      .executeTakeFirst();
    const conversations = db
      .selectFrom('Conversation')
      .select('id')
      .where('contact', '=', target.contactId)
      .where('event', '=', target.eventId);
    const csat = await db
      .deleteFrom('CsatRequest')
      .where('conversation', 'in', conversations)
      .executeTakeFirst();
    const messages = db
      .selectFrom('Message')
      .select('id')
      .where('contact', '=', target.contactId)
      .where('eventId', '=', target.eventId);
    const unlinked = await db
      .updateTable('FeedbackAnalysis')
      .set({ message: null })
      .where('message', 'in', messages)
      .executeTakeFirst();
    // Their unanswered questions leave `/eventos faq gaps` (the texts are blanked by the conversation eraser;
    // the embeddings go here).
    const misses = await db.deleteFrom('FaqMiss').where('message', 'in', messages).executeTakeFirst();
    return (
      Number(misses.numDeletedRows) +
      Number(attendance.numDeletedRows) +
      Number(interests.numDeletedRows) +
      Number(feedback.numDeletedRows) +
      Number(csat.numDeletedRows) +
      Number(unlinked.numUpdatedRows)
    );
  },
};
