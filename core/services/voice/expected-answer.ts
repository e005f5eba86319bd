import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { parseDialogState } from '../../router/dialog-state.js';
import type { Expecting } from './choose-reading.js';

/**
 * The kind of answer the bot is waiting for from this person at this event (a pending yes/no confirmation or a
 * number of tickets), so a voice note's readings that answer it are preferred.
 */
export async function expectedAnswer(
  em: EntityManager,
  address: string,
  eventId: string,
): Promise<Expecting> {
  const row = await kysely(em)
    .selectFrom('Conversation as c')
    .innerJoin('Contact as k', 'k.id', 'c.contact')
    .select('c.state')
    .where('k.phone', '=', address)
    .where('c.event', '=', eventId)
    .executeTakeFirst();
  const awaiting = row ? parseDialogState(row.state).pending?.awaiting : undefined;
  if (awaiting === 'confirm') return 'yes_no';
  return awaiting === 'quantity' ? 'number' : null;
}
