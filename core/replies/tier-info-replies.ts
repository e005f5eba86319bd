import { formatMoney } from '../format-money.js';
import type { OutboundMessage } from '../messages.js';
import type { TierOnSale } from '../services/tickets/list-tiers.js';
import { bookButton, TICKET_ACTIONS } from './ticket-replies.js';

function tierLine(t: TierOnSale): string {
  const price = t.priceCents === 0 ? 'free' : formatMoney(t.priceCents, t.currency);
  const left = t.available === 0 ? 'sold out' : `${t.available} left, up to ${t.maxPerOrder} per order`;
  const parts = [`*${t.name}*: ${price} (${left})`];
  if (t.benefits.length > 0) parts.push(`includes ${t.benefits.join(', ')}`);
  if (t.requires) parts.push(`requires ${t.requires}`);
  return parts.join(' — ');
}

/**
 * "What does a VIP pass cost?", "what's included?", "are there tickets left?": the tiers' price, benefits,
 * what is left and what they require, with a Book button. Answering starts no booking.
 */
export function tierInfo(tiers: TierOnSale[], tierCode: string | undefined): OutboundMessage {
  const one = tiers.find((t) => t.code === tierCode);
  if (one) {
    return {
      kind: 'buttons',
      text: tierLine(one),
      buttons: [
        { id: `act:${TICKET_ACTIONS.chooseTier}:${one.code}`, title: `Book ${one.name}`.slice(0, 20) },
      ],
    };
  }
  if (tiers.length === 0) return { kind: 'text', text: 'There are no tickets on sale for this event.' };
  return {
    kind: 'buttons',
    text: ['Our tickets:', ...tiers.map((t) => `• ${tierLine(t)}`)].join('\n'),
    buttons: [bookButton],
  };
}
