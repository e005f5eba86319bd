import { formatMoney } from '../format-money.js';
import { formatTime } from '../i18n/format-time.js';
import type { Locale } from '../i18n/locale.js';
import { type Translate, translator } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';
import type { PublicLinks } from '../ports/public-links.js';
import { MAX_TICKETS_PER_PERSON, type Rejection } from '../services/tickets/booking-rules.js';
import type { TierOnSale } from '../services/tickets/list-tiers.js';

/** Button ids of the ticket flow (`act:<name>:<arg>`, see core/router/skill.ts). */
export const TICKET_ACTIONS = {
  chooseTier: 'book-tier',
  pay: 'pay-order',
  cancel: 'cancel-order',
  /** Registered by the waiting-list skills: `act:join-waitlist:<tierCode>:<quantity>`. */
  joinWaitlist: 'join-waitlist',
} as const;

export const bookButtonIn = (locale: Locale): Button => ({
  id: 'intent:book_tickets',
  title: translator(locale)('menu.book'),
});
export const myTicketsButtonIn = (locale: Locale): Button => ({
  id: 'intent:my_tickets',
  title: translator(locale)('menu.myTickets'),
});
/** English, for callers not yet given the contact's language. */
export const bookButton: Button = bookButtonIn('en');
export const myTicketsButton: Button = myTicketsButtonIn('en');

/** "Which tier?": a list of tiers with price and what is left (WhatsApp: ≤ 10 rows, 24-character titles). */
export function tierChoice(
  tiers: TierOnSale[],
  quantity: number | undefined,
  locale: Locale,
): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'list',
    text: quantity ? t('tickets.chooseFor', { count: quantity }) : t('tickets.choose'),
    buttonText: t('tickets.chooseButton'),
    items: tiers.slice(0, 10).map((tier) => ({
      id: `act:${TICKET_ACTIONS.chooseTier}:${tier.code}`,
      title: tier.name.slice(0, 24),
      description: `${tier.priceCents === 0 ? t('tickets.rowFree') : formatMoney(tier.priceCents, tier.currency, locale)} · ${
        tier.available === 0 ? t('tickets.rowSoldOut') : t('tickets.rowLeft', { available: tier.available })
      }`,
    })),
  };
}

export function orderSummary(
  d: {
    quantity: number;
    tierName: string;
    unitPriceCents: number;
    totalCents: number;
    currency: string;
    holdMinutes: number;
  },
  locale: Locale,
): OutboundMessage {
  const t = translator(locale);
  const line =
    d.unitPriceCents === 0
      ? t('tickets.summaryFree', { quantity: d.quantity, tier: d.tierName })
      : t('tickets.summaryPaid', {
          quantity: d.quantity,
          tier: d.tierName,
          unit: formatMoney(d.unitPriceCents, d.currency, locale),
          total: formatMoney(d.totalCents, d.currency, locale),
        });
  const after =
    d.unitPriceCents === 0 ? t('tickets.afterFree') : t('tickets.afterPaid', { minutes: d.holdMinutes });
  return {
    kind: 'buttons',
    text: `${line}\n${after} ${t('tickets.shallIBook')}`,
    buttons: [
      { id: 'confirm', title: t('button.confirm') },
      { id: 'deny', title: t('button.cancel') },
    ],
  };
}

export interface OrderView {
  orderId: string;
  reference: string;
  tierName: string;
  totalCents: number;
  currency: string;
  reservedUntil: Date | null;
  tickets: { reference: string }[];
}

/** The tickets of a confirmed order: a text with the references, then one QR image per ticket. */
export function ticketMessages(
  order: OrderView,
  links: PublicLinks,
  intro: string,
  locale: Locale = 'en',
): OutboundMessage[] {
  const text = translator(locale)('tickets.issued', {
    intro,
    count: order.tickets.length,
    tier: order.tierName,
    reference: order.reference,
    references: order.tickets.map((t) => `• ${t.reference}`).join('\n'),
  });
  return [
    { kind: 'text', text },
    ...order.tickets.map(
      (t): OutboundMessage => ({
        kind: 'image',
        url: links.ticketQrUrl(t.reference),
        caption: `${order.tierName} · ${t.reference}`,
      }),
    ),
  ];
}

export function reservedMessage(order: OrderView, zone: string, locale: Locale = 'en'): OutboundMessage {
  const t = translator(locale);
  const until = order.reservedUntil
    ? formatTime(order.reservedUntil, zone, locale)
    : t('tickets.reservedSoon');
  return {
    kind: 'buttons',
    text: t('tickets.reserved', {
      count: order.tickets.length,
      tier: order.tierName,
      reference: order.reference,
      total: formatMoney(order.totalCents, order.currency, locale),
      until,
    }),
    buttons: [
      { id: `act:${TICKET_ACTIONS.pay}:${order.orderId}`, title: t('tickets.payNow') },
      { id: `act:${TICKET_ACTIONS.cancel}:${order.orderId}:all`, title: t('tickets.cancelBooking') },
    ],
  };
}

export function soldOutMessage(
  tier: { code: string },
  quantity: number,
  reason: string,
  locale: Locale,
): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: t('tickets.soldOutOffer', { reason }),
    buttons: [
      { id: `act:${TICKET_ACTIONS.joinWaitlist}:${tier.code}:${quantity}`, title: t('tickets.joinWaitlist') },
      { id: 'intent:book_tickets', title: t('tickets.otherTickets') },
    ],
  };
}

/**
 * Why a booking was refused, from the rule's reason and the facts it carries (services return outcomes; the
 * words are here). `tierName` is the tier the person asked for, when known.
 */
export function refusalText(r: Rejection, tierName: string | undefined, t: Translate): string {
  const tier = tierName ?? t('tickets.thatType');
  switch (r.reason) {
    case 'unknown_tier':
      return t('refusal.unknownTier');
    case 'invalid_quantity':
      return r.available !== undefined
        ? t('refusal.offerHolds', { count: r.available })
        : t('refusal.notACount');
    case 'event_over':
      return t('refusal.eventOver');
    case 'sales_closed':
      return t('refusal.salesClosed');
    case 'max_per_order':
      return t('refusal.maxPerOrder', { tier, max: r.available ?? 0 });
    case 'sold_out':
      return (r.available ?? 0) > 0
        ? t('refusal.onlyLeft', { tier, count: r.available ?? 0 })
        : t('refusal.soldOut', { tier });
    case 'price_changed':
      return t('refusal.priceChanged', { tier });
    case 'per_person_cap':
      return t('refusal.personCap', {
        max: MAX_TICKETS_PER_PERSON,
        held: r.alreadyHeld ?? MAX_TICKETS_PER_PERSON,
      });
  }
}
