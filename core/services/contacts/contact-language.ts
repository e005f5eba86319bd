import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.js';

/** The language a contact is answered in, for proactive messages (English when we do not know it yet). */
export async function contactLanguage(em: EntityManager, contactId: string): Promise<Locale> {
  const row = await kysely(em)
    .selectFrom('Contact')
    .select('language')
    .where('id', '=', contactId)
    .executeTakeFirst();
  return row?.language ?? DEFAULT_LOCALE;
}
