import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { requestHandoff } from '../handoffs/request-handoff.js';

export type UrgentReplyOutcome =
  | { kind: 'opened'; handoffId: string; personName: string }
  /** A handoff was already open for them: its thread is where to reply. */
  | { kind: 'already-open'; personName: string }
  | { kind: 'gone' }
  | { kind: 'not-ours' };

/**
 * "Reply" under an urgent alert: opens a handoff for the person who wrote it (their conversation with the
 * event), so organizers answer in its thread and the bot stays quiet meanwhile. At most one open handoff
 * per conversation (requestHandoff's unique index), so two presses open one thread.
 */
export async function openUrgentHandoff(
  em: EntityManager,
  input: { messageId: string; eventId: string },
): Promise<UrgentReplyOutcome> {
  const row = await kysely(em)
    .selectFrom('Message as m')
    .innerJoin('Conversation as c', (join) =>
      join.onRef('c.contact', '=', 'm.contact').onRef('c.event', '=', 'm.eventId'),
    )
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'm.contact').onRef('a.event', '=', 'm.eventId'),
    )
    .leftJoin('Contact as k', 'k.id', 'm.contact')
    .select(['c.id as conversationId', 'm.eventId as eventId', 'a.name', 'k.displayName'])
    .where('m.id', '=', input.messageId)
    .executeTakeFirst();
  if (!row) return { kind: 'gone' };
  if (row.eventId !== input.eventId) return { kind: 'not-ours' };
  const personName = row.name ?? row.displayName ?? 'the attendee';
  const { created, handoffId } = await requestHandoff(em, row.conversationId, 'urgent feedback');
  if (!created || !handoffId) return { kind: 'already-open', personName };
  return { kind: 'opened', handoffId, personName };
}
