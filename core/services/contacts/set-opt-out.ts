import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export async function setOptOut(em: EntityManager, contactId: string, optedOut: boolean): Promise<void> {
  await kysely(em)
    .updateTable('Contact')
    .set({ optedOut, optedOutAt: optedOut ? sql`now()` : null })
    .where('id', '=', contactId)
    .executeTakeFirst();
}
