import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalog, en, type MessageId } from './catalogs/en.js';
import { es } from './catalogs/es.js';
import { pt } from './catalogs/pt.js';
import { INTL_TAG, type Locale } from './locale.js';

export type { MessageId } from './catalogs/en.js';

/** Values an ICU message interpolates: text, counts (for `{n, plural, …}`) and dates. */
export type MessageValues = Record<string, string | number | Date>;

/** Words for one locale: a message id and its values → the text. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, pt, es };

/** Parsed formats per locale and id: ICU parsing is the costly part, and catalogs never change at run time. */
const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, id: MessageId, values?: MessageValues): string {
  const key = `${locale}\u0000${id}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(CATALOGS[locale][id], INTL_TAG[locale]);
    compiled.set(key, message);
  }
  return String(message.format(values));
}

/** The text of message `id` in `locale` (ICU MessageFormat: `{name}`, `{n, plural, one {…} other {…}}`). */
export function translate(locale: Locale, id: MessageId, values?: MessageValues): string {
  return format(locale, id, values);
}

/** `translate` bound to one locale, for reply builders that say several things. */
export const translator =
  (locale: Locale): Translate =>
  (id, values) =>
    format(locale, id, values);

/** Every catalog, for tests that check the translations against English. */
export const catalogs = (): Readonly<Record<Locale, Catalog>> => CATALOGS;
