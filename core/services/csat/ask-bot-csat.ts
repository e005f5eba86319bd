import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { isQuietHour } from '../feedback/feedback-rules.js';

export type BotCsatOutcome =
  | { kind: 'ask'; requestId: string }
  | { kind: 'skip'; reason: 'opted-out' | 'quiet-hours' | 'already-asked' };

/**
 * The bot ended an issue on its own (a completed cancellation): marks the conversation resolved and, once per
 * conversation, opens a "Did we solve it?" request (source `bot`). Not when any CSAT was already asked in the
 * conversation (a handoff's included), not to someone who opted out (it is a survey, not a reply), and not in
 * the venue's quiet hours (22:00–08:00, the event's zone) — then it is simply not asked, since a late
 * "did we solve it?" about a past cancellation would puzzle more than it tells. In the message's transaction:
 * the conversation row is locked, and a partial unique index (`csat_requests_bot_once`) backs "once".
 */
export async function askBotCsat(
  em: EntityManager,
  input: { conversationId: string; optedOut: boolean; timezone: string; now: Date },
): Promise<BotCsatOutcome> {
  const db = kysely(em);
  const conversation = await db
    .updateTable('Conversation')
    .set({ resolved: true })
    .where('id', '=', input.conversationId)
    .returning('id')
    .executeTakeFirst();
  if (!conversation) return { kind: 'skip', reason: 'already-asked' };
  if (input.optedOut) return { kind: 'skip', reason: 'opted-out' };
  if (isQuietHour(input.now, input.timezone)) return { kind: 'skip', reason: 'quiet-hours' };
  const asked = await db
    .selectFrom('CsatRequest')
    .select('id')
    .where('conversation', '=', input.conversationId)
    .executeTakeFirst();
  if (asked) return { kind: 'skip', reason: 'already-asked' };
  const row = await db
    .insertInto('CsatRequest')
    .values({
      id: sql`gen_random_uuid()`,
      conversation: input.conversationId,
      handoff: null,
      source: 'bot',
      askedAt: input.now,
    })
    .onConflict((oc) => oc.column('conversation').where(sql<boolean>`source = 'bot'`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? { kind: 'ask', requestId: row.id } : { kind: 'skip', reason: 'already-asked' };
}
