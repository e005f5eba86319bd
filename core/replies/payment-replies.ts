import { formatMoney } from '../format-money.js';
import { formatTime } from '../i18n/format-time.js';
import { INTL_TAG, type Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { IncludedVat } from '../services/payments/included-vat.js';
import type { RefundShare } from '../services/tickets/refund-policy.js';
import { bookButtonIn, type OrderView, TICKET_ACTIONS } from './ticket-replies.js';

/**
 * Words of the Stripe payment flow, receipts and refunds, in the attendee's language (catalog ids under
 * `payments.*`, core/i18n/catalogs/payments). The organizers' Slack words are in payment-notes.ts.
 */

/** Right after Confirm: the seats are held; the link follows from the checkout job. */
export function reservedForCheckoutMessage(order: OrderView, zone: string, locale: Locale): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: t('payments.reserved', {
      count: order.tickets.length,
      tier: order.tierName,
      reference: order.reference,
      total: formatMoney(order.totalCents, order.currency, locale),
      until: order.reservedUntil ? formatTime(order.reservedUntil, zone, locale) : t('tickets.reservedSoon'),
    }),
    buttons: [{ id: `act:${TICKET_ACTIONS.cancel}:${order.orderId}:all`, title: t('tickets.cancelBooking') }],
  };
}

/** The Checkout Session's page, as Stripe returned it. */
export function checkoutLinkMessage(
  order: { reference: string; totalCents: number; currency: string },
  url: string,
  expiresAt: Date,
  zone: string,
  locale: Locale,
): OutboundMessage {
  return {
    kind: 'text',
    text: translator(locale)('payments.checkoutLink', {
      total: formatMoney(order.totalCents, order.currency, locale),
      reference: order.reference,
      url,
      until: formatTime(expiresAt, zone, locale),
    }),
  };
}

/**
 * The intro of the tickets once Stripe confirmed the payment: the amount, the VAT it includes when the event
 * sets a rate, and Stripe's receipt when it is known by now (otherwise it follows alone, once).
 */
export function paidIntro(
  settled: { late: boolean; receiptUrl: string | null; vat: IncludedVat | null; order: OrderView },
  locale: Locale,
): string {
  const t = translator(locale);
  const { currency } = settled.order;
  const total = formatMoney(settled.order.totalCents, currency, locale);
  const lines = [t(settled.late ? 'payments.paidLate' : 'payments.paid', { total })];
  if (settled.vat)
    lines.push(
      t('payments.vat', {
        rate: settled.vat.basisPoints / 100,
        vat: formatMoney(settled.vat.cents, currency, locale),
      }),
    );
  if (settled.receiptUrl) lines.push(t('payments.receipt', { url: settled.receiptUrl }));
  return lines.join('\n');
}

/** Stripe's receipt, when it came after the tickets. */
export const receiptLaterMessage = (
  order: { reference: string; amountCents: number; currency: string },
  url: string,
  locale: Locale,
): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)('payments.receiptLater', {
    reference: order.reference,
    total: formatMoney(order.amountCents, order.currency, locale),
    url,
  }),
});

/** Paid after the hold ended and the seats were sold to someone else. */
export function latePaymentRefundMessage(
  order: { reference: string },
  refund: { amountCents: number; currency: string },
  locale: Locale,
): OutboundMessage {
  return {
    kind: 'buttons',
    text: translator(locale)('payments.latePaymentRefund', {
      reference: order.reference,
      amount: formatMoney(refund.amountCents, refund.currency, locale),
    }),
    buttons: [bookButtonIn(locale)],
  };
}

type RefundFacts = { amountCents: number; currency: string; orderReference: string };

export const refundCompletedMessage = (refund: RefundFacts, locale: Locale): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)('payments.refundDone', {
    amount: formatMoney(refund.amountCents, refund.currency, locale),
    reference: refund.orderReference,
  }),
});

/** Stripe would not make the refund: the organizers are alerted; the attendee is told plainly. */
export const refundFailedMessage = (refund: RefundFacts, locale: Locale): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)('payments.refundFailed', {
    amount: formatMoney(refund.amountCents, refund.currency, locale),
    reference: refund.orderReference,
  }),
});

/** "3 Dec" / "3 de dezembro" / "3 de diciembre": the last day a refund step applies. */
const shortDay = (at: Date, zone: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    timeZone: zone,
  }).format(at);

/** Before Confirm on a cancellation: what the event's policy gives back today. */
export function refundPreview(
  share: RefundShare,
  cents: number,
  currency: string,
  provider: 'stripe' | 'demo',
  zone: string,
  locale: Locale,
): string {
  const t = translator(locale);
  if (share.percent === 0) return t('payments.previewNone');
  return t('payments.preview', {
    percent: share.percent,
    amount: formatMoney(cents, currency, locale),
    provider,
    // The step's end is exclusive: its last day is the second before.
    until: share.until ? shortDay(new Date(share.until.getTime() - 1000), zone, locale) : 'none',
  });
}

/** After the cancellation: the refund on its way (Stripe) or recorded (demo). */
export function refundAfterCancel(
  refund: { amountCents: number; currency: string; status: 'pending' | 'succeeded' } | null,
  locale: Locale,
): string {
  if (!refund) return '';
  const amount = formatMoney(refund.amountCents, refund.currency, locale);
  return translator(locale)(
    refund.status === 'pending' ? 'payments.refundOnItsWay' : 'payments.refundRecorded',
    {
      amount,
    },
  );
}

/** An organizer cancelled and refunded the booking from Slack. */
export const organizerRefundMessage = (
  refund: { reference: string; amountCents: number; currency: string; viaStripe: boolean },
  locale: Locale,
): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)('payments.organizerRefund', {
    reference: refund.reference,
    amount: formatMoney(refund.amountCents, refund.currency, locale),
    provider: refund.viaStripe ? 'stripe' : 'demo',
  }),
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
