import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { Intent } from '../../nlu/label-schema.js';
import { parseDialogState } from '../../router/dialog-state.js';
import type { Expecting } from './choose-reading.js';

/** The question the bot last asked this person at this event, if one is pending. */
export interface PendingQuestion {
  /** The kind of answer it wants (a yes/no confirmation, a number of tickets), so readings that answer it win. */
  expecting: Expecting;
  /** What it is about (booking, sharing a contact…): a "yes" to money or data is read back unless very sure. */
  pending: { intent: Intent; awaiting: string } | null;
}

export async function pendingQuestion(
  em: EntityManager,
  address: string,
  eventId: string,
): Promise<PendingQuestion> {
  const row = await kysely(em)
    .selectFrom('Conversation as c')
    .innerJoin('Contact as k', 'k.id', 'c.contact')
    .select('c.state')
    .where('k.phone', '=', address)
    .where('c.event', '=', eventId)
    .executeTakeFirst();
  const pending = row ? parseDialogState(row.state).pending : undefined;
  const awaiting = pending?.awaiting;
  const expecting: Expecting = awaiting === 'confirm' ? 'yes_no' : awaiting === 'quantity' ? 'number' : null;
  return { expecting, pending: pending ? { intent: pending.intent, awaiting: pending.awaiting } : null };
}
