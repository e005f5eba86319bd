import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { prepare } from '../../db/tables.js';

/**
 * Takes a message for handling inside the transaction: waits for the sender's earlier message to commit (a
 * transaction-scoped advisory lock per channel address, so replies keep their order), then checks under a
 * row lock that no one handled it meanwhile. False when it was.
 */
export async function claimInbound(
  tx: EntityManager,
  message: { id: string; channel: string; address: string },
): Promise<boolean> {
  const [row] = await lockSenderThenMessage(tx, {
    id: message.id,
    sender: `${message.channel}:${message.address}`,
  });
  return !row?.handledAt;
}

/**
 * One round trip (every message runs it): the select list takes the sender's advisory lock, then the row lock
 * (LockRows sits above the projection) is taken on the newest version of the row, so a handler of the same
 * message that committed while we waited for the sender's lock is seen (READ COMMITTED re-checks a row it
 * locks after waiting: the `handled_at` returned is the committed one).
 */
const lockSenderThenMessage = prepare((db, args: { id: string; sender: string }) =>
  db
    .selectFrom('messages')
    .select([
      'handled_at as handledAt',
      sql<null>`pg_advisory_xact_lock(hashtext(${args.sender}))`.as('sender'),
    ])
    .where('id', '=', args.id)
    .forUpdate(),
);
