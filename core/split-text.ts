/**
 * WhatsApp (through Twilio) refuses bodies over 1,600 characters
 * (https://www.twilio.com/docs/whatsapp/key-concepts#character-limit); a longer text is sent as several
 * messages, in order, rather than cut.
 */
export const WHATSAPP_TEXT_LIMIT = 1600;

/**
 * Splits a text into parts of at most `limit` UTF-16 units, preferring a paragraph break, then a line break,
 * then a space in the second half of each part, and never splitting an emoji's surrogate pair.
 */
export function splitText(text: string, limit = WHATSAPP_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = -1;
    for (const separator of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(separator);
      if (at >= limit / 2) {
        cut = at;
        break;
      }
    }
    if (cut < 0) cut = /[\uD800-\uDBFF]$/.test(window) ? limit - 1 : limit;
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest || parts.length === 0) parts.push(rest);
  return parts;
}
