import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { SentimentAnalyser } from '../../ports/sentiment.js';
import { isUrgent, readFeedbackText } from './read-feedback-text.js';

/** What an urgent alert shows the organizers (the person's name, never their number). */
export interface UrgentFeedback {
  messageId: string;
  eventId: string;
  personName: string;
  text: string;
  topics: string[];
  sentiment: number;
  session: { title: string; room: string } | null;
}

export type AnalysisOutcome =
  | { kind: 'analysed'; urgent: UrgentFeedback | null; sentiment: number; topics: string[] }
  /** Analysed before (a retried job): nothing is stored or alerted twice. */
  | { kind: 'already' }
  | { kind: 'gone' };

/**
 * Scores a session comment (`feedbackId` names its request) or a free-text complaint: sentiment (the
 * analyser), topics and urgency (words), stored once per message. The session is the comment's, or for a
 * complaint the session the person is attending right now. The analyser runs before the insert, outside
 * any transaction (a cloud analyser may be slow).
 */
export async function analyseFeedback(
  em: EntityManager,
  input: { messageId: string; feedbackId?: string; analyser: SentimentAnalyser; now: Date },
): Promise<AnalysisOutcome> {
  const db = kysely(em);
  const message = await db
    .selectFrom('Message as m')
    .leftJoin('Contact as c', 'c.id', 'm.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'm.contact').onRef('a.event', '=', 'm.eventId'),
    )
    .select(['m.id', 'm.body', 'm.eventId as eventId', 'm.contact as contactId', 'a.name', 'c.displayName'])
    .where('m.id', '=', input.messageId)
    .executeTakeFirst();
  if (!message?.eventId || !message.body) return { kind: 'gone' };
  const reading = readFeedbackText(message.body);
  const sentiment = await input.analyser.score(message.body, reading.language);
  const session = await findSession(em, {
    feedbackId: input.feedbackId ?? null,
    contactId: message.contactId ?? null,
    now: input.now,
  });
  const urgent = isUrgent(reading, sentiment);
  const inserted = await db
    .insertInto('FeedbackAnalysis')
    .values({
      id: sql`gen_random_uuid()`,
      event: message.eventId,
      session: session?.id ?? null,
      message: message.id,
      source: input.feedbackId ? 'comment' : 'message',
      sentimentScore: sentiment,
      keyTopics: reading.topics,
      urgency: urgent ? 'urgent' : 'normal',
      analyser: input.analyser.name,
      createdAt: input.now,
    })
    .onConflict((oc) => oc.column('message').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { kind: 'already' };
  return {
    kind: 'analysed',
    sentiment,
    topics: reading.topics,
    urgent: urgent
      ? {
          messageId: message.id,
          eventId: message.eventId,
          personName: message.name ?? message.displayName ?? 'Someone',
          text: message.body,
          topics: reading.topics,
          sentiment,
          session: session ? { title: session.title, room: session.room } : null,
        }
      : null,
  };
}

async function findSession(
  em: EntityManager,
  input: { feedbackId: string | null; contactId: string | null; now: Date },
) {
  const db = kysely(em);
  if (input.feedbackId) {
    return db
      .selectFrom('SessionFeedback as f')
      .innerJoin('EventSession as s', 's.id', 'f.session')
      .select(['s.id', 's.title', 's.room'])
      .where('f.id', '=', input.feedbackId)
      .executeTakeFirst();
  }
  if (!input.contactId) return undefined;
  return db
    .selectFrom('SessionAttendance as a')
    .innerJoin('EventSession as s', 's.id', 'a.session')
    .select(['s.id', 's.title', 's.room'])
    .where('a.contact', '=', input.contactId)
    .where('s.startsAt', '<=', input.now)
    .where('s.endsAt', '>', input.now)
    .orderBy('a.createdAt', 'desc')
    .executeTakeFirst();
}
