import type { EntityManager } from '@mikro-orm/postgresql';
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
  await lockSender(tx, `${message.channel}:${message.address}`);
  const [row] = await selectForUpdate(tx, { id: message.id });
  return !row?.handledAt;
}

const selectForUpdate = prepare((db, args: { id: string }) =>
  db.selectFrom('messages').select('handled_at as handledAt').where('id', '=', args.id).forUpdate(),
);

/** Advisory locks have no Kysely or EntityManager form: the one raw statement of the pipeline's transaction. */
async function lockSender(tx: EntityManager, key: string): Promise<void> {
  await tx.execute<unknown[]>('select pg_advisory_xact_lock(hashtext(?))', [key]);
}
