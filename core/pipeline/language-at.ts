import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../db/kysely.js';

/** The language of the contact at a channel address, when we know one (replies outside the chain use it). */
export async function languageAt(em: EntityManager, address: string): Promise<string | null> {
  const contact = await kysely(em)
    .selectFrom('Contact')
    .select('language')
    .where('phone', '=', address)
    .executeTakeFirst();
  return contact?.language ?? null;
}
