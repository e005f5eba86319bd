/**
 * Text from providers and chat users is stored in Postgres and echoed to WhatsApp and Slack. Postgres
 * refuses a NUL byte in `text` and `jsonb` and an unpaired surrogate in `jsonb`, so one stray character
 * would lose the whole message: these are replaced here, at the edge, and the rest of the message is kept.
 */

// C0 controls other than tab, newline and carriage return; DEL; C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops control characters and turns unpaired surrogates into U+FFFD; line breaks and tabs stay. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Cuts to at most `max` UTF-16 units without leaving half of an emoji behind. */
export function boundText(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/**
 * A person's name as a provider reports it (a WhatsApp profile name): one line, no controls, at most
 * `max` characters (names are stored in varchar(255) columns), and undefined when nothing is left.
 */
export function cleanName(value: string | undefined, max = MAX_NAME): string | undefined {
  if (value === undefined) return undefined;
  const name = boundText(cleanText(value).replace(/\s+/g, ' ').trim(), max).trim();
  return name.length > 0 ? name : undefined;
}

/** Longest display name we keep; real WhatsApp profile names are far shorter. */
export const MAX_NAME = 120;

/** Every string inside a JSON-like value cleaned (for provider payloads kept for audit). */
export function cleanDeep(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanDeep);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)]));
  }
  return value;
}
