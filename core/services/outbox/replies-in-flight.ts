import { type ExpressionBuilder, sql } from 'kysely';
import type { TablesDB } from '../../../db/tables.js';

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

/**
 * A message's channel wrapped so that no index can be driven by it: the "earlier message to or from this
 * person?" questions must walk the address index (messages_address_created_at), and a plan made while
 * `messages` is small (a new deployment's first ticket drop, before any ANALYZE) could otherwise pick the
 * (channel, provider_message_id) unique index — every message of the channel, thousands per question.
 */
export const sameChannel = (column: 'earlier.channel' | 'em.channel') =>
  sql<string>`coalesce(${sql.ref(column)}, '')`;
