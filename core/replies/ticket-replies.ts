import { DateTime } from 'luxon';
import { formatMoney } from '../format-money.js';
import type { Button, OutboundMessage } from '../messages.js';
import type { PublicLinks } from '../ports/public-links.js';
import type { TierOnSale } from '../services/tickets/list-tiers.js';

/** Button ids of the ticket flow (`act:<name>:<arg>`, see core/router/skill.ts). */
export const TICKET_ACTIONS = {
  chooseTier: 'book-tier',
  pay: 'pay-order',
  cancel: 'cancel-order',
  /** Registered by the waiting-list skills: `act:join-waitlist:<tierCode>:<quantity>`. */
  joinWaitlist: 'join-waitlist',
} as const;

export const bookButton: Button = { id: 'intent:book_tickets', title: 'Book tickets' };
export const myTicketsButton: Button = { id: 'intent:my_tickets', title: 'My tickets' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Which tier?": a list of tiers with price and what is left (WhatsApp: ≤ 10 rows, 24-character titles). */
export function tierChoice(tiers: TierOnSale[], quantity?: number): OutboundMessage {
  const how = quantity ? `${plural(quantity, 'ticket')} — which type?` : 'Which ticket type would you like?';
  return {
    kind: 'list',
    text: `Happy to book! ${how}`,
    buttonText: 'Ticket types',
    items: tiers.slice(0, 10).map((t) => ({
      id: `act:${TICKET_ACTIONS.chooseTier}:${t.code}`,
      title: t.name.slice(0, 24),
      description: `${t.priceCents === 0 ? 'Free' : formatMoney(t.priceCents, t.currency)} · ${
        t.available === 0 ? 'sold out' : `${t.available} left`
      }`,
    })),
  };
}

export function orderSummary(d: {
  quantity: number;
  tierName: string;
  unitPriceCents: number;
  totalCents: number;
  currency: string;
  holdMinutes: number;
}): OutboundMessage {
  const line =
    d.unitPriceCents === 0
      ? `${d.quantity} × ${d.tierName} — free`
      : `${d.quantity} × ${d.tierName} at ${formatMoney(d.unitPriceCents, d.currency)} = ${formatMoney(d.totalCents, d.currency)}`;
  const after =
    d.unitPriceCents === 0
      ? 'Your tickets arrive right after you confirm.'
      : `After you confirm I'll hold the seats for ${d.holdMinutes} minutes while you pay.`;
  return {
    kind: 'buttons',
    text: `${line}\n${after} Shall I book?`,
    buttons: [
      { id: 'confirm', title: 'Confirm' },
      { id: 'deny', title: 'Cancel' },
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
export function ticketMessages(order: OrderView, links: PublicLinks, intro: string): OutboundMessage[] {
  const refs = order.tickets.map((t) => `• ${t.reference}`).join('\n');
  return [
    {
      kind: 'text',
      text: `${intro}\n${plural(order.tickets.length, 'ticket')}, ${order.tierName} — order ${order.reference}\n${refs}\nShow the QR code at the entrance (or say the reference).`,
    },
    ...order.tickets.map(
      (t): OutboundMessage => ({
        kind: 'image',
        url: links.ticketQrUrl(t.reference),
        caption: `${order.tierName} · ${t.reference}`,
      }),
    ),
  ];
}

export function reservedMessage(order: OrderView, zone: string): OutboundMessage {
  const until = order.reservedUntil
    ? DateTime.fromJSDate(order.reservedUntil, { zone }).toFormat('HH:mm')
    : 'soon';
  return {
    kind: 'buttons',
    text: `Reserved: ${plural(order.tickets.length, 'ticket')}, ${order.tierName} — order ${order.reference}. Total ${formatMoney(order.totalCents, order.currency)}.\nI'm holding your seats until ${until} (event time). Tap "Pay now" to confirm them.`,
    buttons: [
      { id: `act:${TICKET_ACTIONS.pay}:${order.orderId}`, title: 'Pay now' },
      { id: `act:${TICKET_ACTIONS.cancel}:${order.orderId}:all`, title: 'Cancel booking' },
    ],
  };
}

export function soldOutMessage(
  tier: { code: string; name: string },
  quantity: number,
  message: string,
): OutboundMessage {
  return {
    kind: 'buttons',
    text: `Sorry — ${message} Would you like to join the waiting list? If seats free up, I'll offer them to you here.`,
    buttons: [
      { id: `act:${TICKET_ACTIONS.joinWaitlist}:${tier.code}:${quantity}`, title: 'Join waiting list' },
      { id: 'intent:book_tickets', title: 'Other tickets' },
    ],
  };
}
