import { randomFillSync } from 'node:crypto';

/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so a reference read aloud or typed
 * from a screen cannot be mistaken (no 0/O, 1/I/L) and spells no words.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

/** `DS26-7KQ4-XM2P`: what staff type at the door and what the QR code encodes. */
export const TICKET_REFERENCE_PATTERN = /^[A-Z0-9]{2,6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * The event's prefix: the first two capitals of its name (camel-case words count: "DevSummit" → DS) and the
 * last two digits of its year, e.g. "DevSummit Lisbon 2026" → DS26.
 */
export function eventReferencePrefix(eventName: string, startsAt: Date): string {
  const capitals = eventName.match(/[A-Z]/g) ?? [];
  const initials = eventName.match(/\b[a-zA-Z]/g)?.map((c) => c.toUpperCase()) ?? [];
  const letters = (capitals.length >= 2 ? capitals : initials).join('').slice(0, 2).padEnd(2, 'X');
  return `${letters}${String(startsAt.getUTCFullYear()).slice(-2)}`;
}

/**
 * Random bytes read from the system's CSPRNG in blocks and handed out five at a time, as Node does for
 * randomUUID: a read of the random source per reference was ~12 % of the booking client's CPU (book-seats.ts
 * makes one per order and per seat, on the path every booking of a tier waits on).
 */
const ENTROPY = Buffer.alloc(5 * 256);
let entropyAt = ENTROPY.length;

function random40Bits(): number {
  if (entropyAt === ENTROPY.length) {
    randomFillSync(ENTROPY);
    entropyAt = 0;
  }
  const bits = ENTROPY.readUIntBE(entropyAt, 5);
  entropyAt += 5;
  return bits;
}

/**
 * A fresh random reference: 40 random bits, 5 per character of the 32-letter alphabet. The unique
 * constraints catch the rare collision.
 */
export function newTicketReference(prefix: string): string {
  let bits = random40Bits();
  let body = '';
  for (let i = 0; i < 2 * GROUP; i++) {
    if (i === GROUP) body += '-';
    body += ALPHABET[bits % 32];
    bits = Math.floor(bits / 32);
  }
  return `${prefix}-${body}`;
}

/** What someone typed → the stored form: upper case, and the look-alikes Crockford folds (O→0, I/L→1). */
export function normalizeTicketReference(typed: string): string {
  const [prefix = '', ...rest] = typed.trim().toUpperCase().replace(/\s+/g, '-').split('-');
  const body = rest.map((part) => part.replace(/O/g, '0').replace(/[IL]/g, '1'));
  return [prefix, ...body].join('-');
}
