import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** The longest comment stored; longer ones are sent back to be shortened (nothing is cut silently). */
export const MAX_COMMENT_CHARS = 1000;

export type RatingOutcome =
  | { kind: 'rated'; feedbackId: string; sessionTitle: string }
  /** `commentOpen`: rated, no comment yet (a double tap's second tap keeps the comment question open). */
  | { kind: 'already'; feedbackId: string; sessionTitle: string; rating: number; commentOpen: boolean }
  | { kind: 'unknown' };

export type CommentOutcome = { kind: 'saved' | 'skipped' } | { kind: 'closed' };

/** The person's own feedback request (never someone else's: a button's id is checked against the sender). */
export async function findOwnFeedback(em: EntityManager, feedbackId: string, contactId: string) {
  return kysely(em)
    .selectFrom('SessionFeedback as f')
    .innerJoin('EventSession as s', 's.id', 'f.session')
    .select(['f.id', 'f.status', 'f.rating', 's.title as sessionTitle', 's.id as sessionId'])
    .where('f.id', '=', feedbackId)
    .where('f.contact', '=', contactId)
    .executeTakeFirst();
}

/**
 * Stores a 1–5 rating once: a guarded update (`rating is null`), so a repeated tap or a retried webhook —
 * even two at the same moment — leaves the first rating and reports `already`.
 */
export async function rateSessionFeedback(
  em: EntityManager,
  input: { feedbackId: string; contactId: string; rating: number; now: Date },
): Promise<RatingOutcome> {
  const own = await findOwnFeedback(em, input.feedbackId, input.contactId);
  if (!own) return { kind: 'unknown' };
  const updated = await kysely(em)
    .updateTable('SessionFeedback')
    .set({ rating: input.rating, status: 'rated', ratedAt: input.now })
    .where('id', '=', input.feedbackId)
    .where('contact', '=', input.contactId)
    .where('rating', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (updated) return { kind: 'rated', feedbackId: own.id, sessionTitle: own.sessionTitle };
  const now = await findOwnFeedback(em, input.feedbackId, input.contactId);
  return {
    kind: 'already',
    feedbackId: own.id,
    sessionTitle: own.sessionTitle,
    rating: now?.rating ?? input.rating,
    commentOpen: now?.status === 'rated',
  };
}

/** The optional comment after a rating, once (only while the request is `rated`); `null` text skips it. */
export async function commentSessionFeedback(
  em: EntityManager,
  input: { feedbackId: string; contactId: string; comment: string | null; now: Date },
): Promise<CommentOutcome> {
  const updated = await kysely(em)
    .updateTable('SessionFeedback')
    .set(
      input.comment === null
        ? { status: 'skipped' }
        : { status: 'commented', comment: input.comment, commentedAt: input.now },
    )
    .where('id', '=', input.feedbackId)
    .where('contact', '=', input.contactId)
    .where('status', '=', 'rated')
    .returning('id')
    .executeTakeFirst();
  if (!updated) return { kind: 'closed' };
  return { kind: input.comment === null ? 'skipped' : 'saved' };
}
