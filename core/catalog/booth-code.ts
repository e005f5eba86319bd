/**
 * A sponsor's booth code, printed on the QR code at the booth and typed or scanned into chat: the first part of
 * the sponsor's id, upper-case, and the booth — `acme-cloud` at booth `B12` → `ACME-B12`. A QR code is a
 * WhatsApp deep link `https://wa.me/<our number>?text=ACME-B12`, so the code arrives as the message text.
 */
export function boothCode(sponsor: { id: string; booth?: string | null }): string | null {
  const booth = sponsor.booth?.trim();
  if (!booth) return null;
  const prefix = sponsor.id.split(/[^A-Za-z0-9]+/).find(Boolean) ?? sponsor.id;
  return `${prefix}-${booth}`.toUpperCase();
}

/** Lower-case words separated by single spaces, padded: " acme b12 ". */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** True when the text carries the sponsor's booth code ("ACME-B12", "acme b12") or names its booth ("booth B12"). */
export function mentionsBooth(text: string, sponsor: { id: string; booth?: string | null }): boolean {
  const code = boothCode(sponsor);
  if (!code || !sponsor.booth) return false;
  const said = words(text);
  const booth = words(sponsor.booth).trim();
  const [prefix = ''] = code.toLowerCase().split('-');
  return [`${prefix} ${booth}`, `${prefix}${booth}`, `booth ${booth}`].some((phrase) =>
    said.includes(` ${phrase} `),
  );
}
