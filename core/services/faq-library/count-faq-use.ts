import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/**
 * One more answer given from this FAQ (the seed's faq_library.usage_count). A single `usage_count + 1`
 * update, so concurrent answers never lose a count; in the answer's transaction, so a rolled-back turn
 * counts nothing.
 */
export async function countFaqUse(em: EntityManager, eventId: string, code: string): Promise<void> {
  await kysely(em)
    .updateTable('Faq')
    .set((eb) => ({ usageCount: eb('usageCount', '+', 1) }))
    .where('event', '=', eventId)
    .where('code', '=', code)
    .execute();
}
