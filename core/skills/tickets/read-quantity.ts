import { TICKET_REFERENCE_PATTERN } from '../../services/tickets/ticket-reference.js';

const REFERENCE_IN_TEXT = new RegExp(TICKET_REFERENCE_PATTERN.source.slice(1, -1), 'gi');

/** The text without ticket/order references, whose digits ("DS26") are not quantities. */
export const withoutReferences = (text: string) => text.replace(REFERENCE_IN_TEXT, ' ');

/** A ticket or order reference mentioned in the text, upper-cased. */
export const referenceIn = (text: string): string | undefined =>
  text.match(REFERENCE_IN_TEXT)?.[0]?.toUpperCase();

/**
 * What the NLU's quantity slot cannot tell us: it reads "-2" as 2 and drops "0", "2.5" and numbers too large
 * to be plausible. Looks at the digits the person actually typed so the reply can refuse clearly instead of
 * booking the wrong number. Returns the number they typed when it is not a plain positive count (or is huge).
 */
export function unusableQuantity(text: string): number | null {
  const plain = withoutReferences(text);
  const negative = /(?:^|[^\w-])-\s*(\d+)/.exec(plain);
  if (negative) return -Number(negative[1]);
  const thousands = /\b\d{1,3}(?:,\d{3})+\b/.exec(plain);
  if (thousands) return Number(thousands[0].replaceAll(',', ''));
  const fraction = /\b\d+[.,]\d+\b/.exec(plain);
  if (fraction) return Number(fraction[0].replace(',', '.'));
  if (/\b0+\b|\bzero\b/i.test(plain)) return 0;
  const huge = /\b\d{3,}\b/.exec(plain);
  return huge ? Number(huge[0]) : null;
}
