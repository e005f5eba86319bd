/**
 * One canonical form for phone numbers: E.164 (`+15550100101`). Accepts WhatsApp addresses
 * (`whatsapp:+1…`), spaces, dashes, dots and parentheses. Returns null for anything that is not a number.
 */
export function normalizePhone(input: string): string | null {
  const stripped = input
    .trim()
    .replace(/^whatsapp:/i, '')
    .replace(/[\s().-]/g, '');
  const digits = stripped.startsWith('+')
    ? stripped.slice(1)
    : stripped.startsWith('00')
      ? stripped.slice(2)
      : stripped;
  if (!/^\d{7,15}$/.test(digits)) return null;
  return `+${digits}`;
}
