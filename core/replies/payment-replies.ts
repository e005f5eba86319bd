import { DateTime } from 'luxon';
import { formatMoney } from '../format-money.js';
import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { RefundShare } from '../services/tickets/refund-policy.js';
import { bookButton, type OrderView, TICKET_ACTIONS } from './ticket-replies.js';

/**
 * Words of the Stripe payment flow (English until the message catalogs land; then they move there). The
 * demo payment's words stay in ticket-replies.ts.
 */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const at = (when: Date, zone: string) => DateTime.fromJSDate(when, { zone }).toFormat('HH:mm');

/** Right after Confirm: the seats are held; the link follows from the checkout job. */
export function reservedForCheckoutMessage(order: OrderView, zone: string): OutboundMessage {
  const until = order.reservedUntil ? at(order.reservedUntil, zone) : 'soon';
  return {
    kind: 'buttons',
    text: `Reserved: ${plural(order.tickets.length, 'ticket')}, ${order.tierName} — order ${order.reference}. Total ${formatMoney(order.totalCents, order.currency)}.\nI'm holding your seats until ${until} (event time). Your secure payment link follows in a moment.`,
    buttons: [{ id: `act:${TICKET_ACTIONS.cancel}:${order.orderId}:all`, title: 'Cancel booking' }],
  };
}

/** The Checkout Session's page, as Stripe returned it. */
export function checkoutLinkMessage(
  order: { reference: string; totalCents: number; currency: string },
  url: string,
  expiresAt: Date,
  zone: string,
): OutboundMessage {
  return {
    kind: 'text',
    text: `Pay ${formatMoney(order.totalCents, order.currency)} for order ${order.reference} securely with Stripe:\n${url}\nThe link and your seats are held until ${at(expiresAt, zone)} (event time). Your tickets arrive here as soon as the payment goes through.`,
  };
}

/** A tap on Pay while the link is still being made. */
export const checkoutComingMessage = (reference: string): OutboundMessage => ({
  kind: 'text',
  text: `Your payment link for order ${reference} is on its way — it arrives here in a moment.`,
});

/** The intro of the tickets once Stripe confirmed the payment. */
export function paidIntro(settled: { late: boolean; receiptUrl: string | null; order: OrderView }): string {
  const total = formatMoney(settled.order.totalCents, settled.order.currency);
  const receipt = settled.receiptUrl ? `\nReceipt: ${settled.receiptUrl}` : '';
  const late = settled.late ? ' (it came after the hold ended, but the seats were still free)' : '';
  return `Payment of ${total} received${late} — thank you! You're booked! 🎉${receipt}`;
}

/** Paid after the hold ended and the seats were sold to someone else. */
export function latePaymentRefundMessage(
  order: { reference: string },
  refund: { amountCents: number; currency: string },
): OutboundMessage {
  return {
    kind: 'buttons',
    text: `Your payment for order ${order.reference} arrived after your seat hold ended, and those seats have gone to someone else in the meantime — sorry! I'm refunding the full ${formatMoney(refund.amountCents, refund.currency)} to your card; I'll tell you when it's done. Would you like to book again?`,
    buttons: [bookButton],
  };
}

export const refundCompletedMessage = (refund: {
  amountCents: number;
  currency: string;
  orderReference: string;
}): OutboundMessage => ({
  kind: 'text',
  text: `Your refund of ${formatMoney(refund.amountCents, refund.currency)} for order ${refund.orderReference} is done. Banks usually show it within 5–10 days.`,
});

/** Before Confirm on a cancellation: what the event's policy gives back today. */
export function refundPreview(
  share: RefundShare,
  cents: number,
  currency: string,
  provider: 'stripe' | 'demo',
  zone: string,
): string {
  if (share.percent === 0)
    return " Under the event's refund policy this booking can no longer be refunded, so no money goes back.";
  const until = share.until
    ? ` (${share.percent}% back until ${DateTime.fromJSDate(share.until, { zone }).minus({ seconds: 1 }).toFormat('d LLL')})`
    : '';
  const how = provider === 'stripe' ? ' to your card' : ' (demo mode: no money moves)';
  const part = share.percent === 100 ? 'a full refund' : `a ${share.percent}% refund`;
  return ` You get ${part} of ${formatMoney(cents, currency)}${how} under the event's refund policy${until}.`;
}

/** After the cancellation: the refund on its way (Stripe) or recorded (demo). */
export function refundAfterCancel(
  refund: { amountCents: number; currency: string; status: 'pending' | 'succeeded' } | null,
): string {
  if (!refund) return '';
  const amount = formatMoney(refund.amountCents, refund.currency);
  return refund.status === 'pending'
    ? ` Your refund of ${amount} is on its way to your card; I'll tell you when it's done.`
    : ` A refund of ${amount} is recorded (demo mode: no money moves).`;
}

/** An organizer cancelled and refunded the booking from Slack. */
export const organizerRefundMessage = (refund: {
  reference: string;
  amountCents: number;
  currency: string;
  viaStripe: boolean;
}): OutboundMessage => ({
  kind: 'text',
  text: `The organizers have cancelled your booking ${refund.reference} and refunded it in full: ${formatMoney(refund.amountCents, refund.currency)}${
    refund.viaStripe ? " to your card — I'll tell you when it's done." : ' (demo mode: no money moves).'
  }`,
});

/** Between the summary and Confirm the tier's price changed: said before the new summary. */
export const priceChangedMessage = (
  tierName: string,
  fromCents: number,
  toCents: number,
  currency: string,
  locale: Locale,
): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)('tickets.priceChanged', {
    tier: tierName,
    now: formatMoney(toCents, currency, locale),
    was: formatMoney(fromCents, currency, locale),
  }),
});
