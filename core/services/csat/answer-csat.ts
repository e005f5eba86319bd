import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export type CsatOutcome = { kind: 'saved'; rating: number } | { kind: 'already' } | { kind: 'unknown' };

/**
 * 👍 (1) or 👎 (0), once: a guarded update (`rating is null`) on the person's own request, so a second tap
 * changes nothing; the conversation keeps the answer as its `satisfactionRating`.
 */
export async function answerCsat(
  em: EntityManager,
  input: { requestId: string; conversationId: string; rating: 0 | 1; now: Date },
): Promise<CsatOutcome> {
  const db = kysely(em);
  const saved = await db
    .updateTable('CsatRequest')
    .set({ rating: input.rating, ratedAt: input.now })
    .where('id', '=', input.requestId)
    .where('conversation', '=', input.conversationId)
    .where('rating', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!saved) {
    const mine = await db
      .selectFrom('CsatRequest')
      .select('id')
      .where('id', '=', input.requestId)
      .where('conversation', '=', input.conversationId)
      .executeTakeFirst();
    return mine ? { kind: 'already' } : { kind: 'unknown' };
  }
  await db
    .updateTable('Conversation')
    .set({ satisfactionRating: input.rating })
    .where('id', '=', input.conversationId)
    .execute();
  return { kind: 'saved', rating: input.rating };
}
