import type { EntityManager } from '@mikro-orm/postgresql';
import type { Contact } from '../../../db/entities/contact.entity.js';
import { kysely } from '../../../db/kysely.js';

/**
 * Remembers the language a person is answered in. `asked` ("speak English") always wins; a language read
 * from what they write (`detected`) never replaces one they asked for.
 */
export async function rememberLanguage(
  em: EntityManager,
  contactId: string,
  language: NonNullable<Contact['language']>,
  setBy: NonNullable<Contact['languageSetBy']>,
): Promise<void> {
  let update = kysely(em)
    .updateTable('Contact')
    .set({ language, languageSetBy: setBy })
    .where('id', '=', contactId);
  if (setBy === 'detected') {
    update = update.where((eb) =>
      eb.or([eb('languageSetBy', 'is', null), eb('languageSetBy', '=', 'detected')]),
    );
  }
  await update.executeTakeFirst();
}
