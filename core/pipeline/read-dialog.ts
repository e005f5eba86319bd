import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../db/kysely.js';
import type { DialogContext } from '../ports/understanding.js';
import { type DialogState, parseDialogState } from '../router/dialog-state.js';

/** Questions we asked more than this long ago no longer capture a "yes". */
const PENDING_TTL_MS = 60 * 60 * 1000;

/**
 * The pending question and offered choices of this sender's conversation with the event, read before the
 * message's transaction so the understanding provider can read an answer as one. Messages of one sender are
 * handled one at a time, so the state cannot change between this read and the transaction.
 */
export async function readDialogContext(
  em: EntityManager,
  address: string,
  eventId: string,
  now: Date,
): Promise<DialogContext | undefined> {
  const row = await kysely(em)
    .selectFrom('Conversation as c')
    .innerJoin('Contact as k', 'k.id', 'c.contact')
    .select('c.state')
    .where('k.phone', '=', address)
    .where('c.event', '=', eventId)
    .executeTakeFirst();
  if (!row) return undefined;
  const state = withoutStalePending(parseDialogState(row.state), now);
  const { pending, lastButtons } = state;
  return {
    ...(pending
      ? { pending: { intent: pending.intent, awaiting: pending.awaiting, slots: pending.slots } }
      : {}),
    ...(lastButtons?.length ? { options: lastButtons } : {}),
  };
}

export function withoutStalePending(state: DialogState, now: Date): DialogState {
  if (state.pending && now.getTime() - Date.parse(state.pending.askedAt) > PENDING_TTL_MS) {
    const { pending: _expired, ...rest } = state;
    return rest;
  }
  return state;
}
