import type { EntityManager } from '@mikro-orm/postgresql';
import { type ExpressionBuilder, sql } from 'kysely';
import { prepare, type TablesDB } from '../../../db/tables.js';

/**
 * Whether the recipient of `outboxId` still has an earlier message on its way (pending or being sent, queued
 * in the last minute): another job is sending an earlier reply, and this one must not overtake it. Recent
 * rows only, so a row stuck in a provider outage holds nothing back for long.
 */
export async function earlierRepliesInFlight(em: EntityManager, outboxId: string): Promise<boolean> {
  const [row] = await inFlightStatement(em, { outboxId });
  return row?.inFlight === true;
}

/**
 * The earlier replies still on their way to the recipient of the message aliased `m` (as a subquery: the claim
 * in deliver-outbox-row.ts runs it inside its own statement).
 */
export const earlierInFlight = (eb: ExpressionBuilder<TablesDB & { m: TablesDB['messages'] }, 'm'>) =>
  eb
    .selectFrom('outbox as e')
    .innerJoin('messages as em', 'em.id', 'e.message_id')
    .select('e.id')
    .where('e.status', 'in', ['pending', 'sending'])
    .whereRef('em.address', '=', 'm.address')
    .where((w) => w(sameChannel('em.channel'), '=', w.ref('m.channel')))
    .where((w) => w(w.refTuple('em.created_at', 'em.id'), '<', w.refTuple('m.created_at', 'm.id')))
    .where('em.created_at', '>', sql<string>`now() - interval '60 seconds'`);

const inFlightStatement = prepare((db, args: { outboxId: string }) =>
  db
    .selectFrom('outbox as o')
    .innerJoin('messages as m', 'm.id', 'o.message_id')
    .select((eb) => eb.exists(earlierInFlight(eb)).as('inFlight'))
    .where('o.id', '=', args.outboxId),
);

/**
 * A message's channel wrapped so that no index can be driven by it: the "earlier message to or from this
 * person?" questions must walk the address index (messages_address_created_at), and a plan made while
 * `messages` is small (a new deployment's first ticket drop, before any ANALYZE) could otherwise pick the
 * (channel, provider_message_id) unique index — every message of the channel, thousands per question.
 */
export const sameChannel = (column: 'earlier.channel' | 'em.channel') =>
  sql<string>`coalesce(${sql.ref(column)}, '')`;
