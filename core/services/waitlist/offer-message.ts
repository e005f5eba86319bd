import { DateTime } from 'luxon';
// The one money formatter, shared with the ticket replies.
import { formatMoney } from '../../format-money.js';
import type { Button, OutboundMessage } from '../../messages.js';

/** What an offer message says. */
export interface OfferDetails {
  promotionId: string;
  firstName: string | null;
  eventName: string;
  tierName: string;
  seats: number;
  unitPriceCents: number;
  currency: string;
  expiresAt: Date;
  timezone: string;
}

/** Reply buttons are at most 20 characters on WhatsApp; ids route to the claim-offer / pass-offer actions. */
export const offerButtons = (promotionId: string): Button[] => [
  { id: `act:claim-offer:${promotionId}`, title: 'Claim' },
  { id: `act:pass-offer:${promotionId}`, title: 'Pass' },
];

/** "14:35 WET, Thu 10 Dec" in the event's time zone: people read deadlines in the venue's local time. */
export function formatDeadline(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toFormat('HH:mm ZZZZ, ccc d LLL');
}

const seatsOf = (n: number) => (n === 1 ? '1 seat' : `${n} seats`);

function priceLine(d: OfferDetails): string {
  if (d.unitPriceCents === 0) return 'They are free.';
  const total = formatMoney(d.unitPriceCents * d.seats, d.currency);
  return d.seats === 1
    ? `The price is ${total}.`
    : `${total} in total (${formatMoney(d.unitPriceCents, d.currency)} each).`;
}

/**
 * The offer as a message. Inside WhatsApp's 24-hour window it is a free-form message with Claim / Pass
 * buttons; outside it only a pre-approved template may be sent (Twilio error 63016,
 * https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session), so the same facts
 * go as template variables — numbered, as Twilio Content templates name them.
 */
export function buildOfferMessage(
  d: OfferDetails,
  options: { inWindow: boolean; templateId: string },
): OutboundMessage {
  const deadline = formatDeadline(d.expiresAt, d.timezone);
  const greeting = d.firstName ? `Good news, ${d.firstName}!` : 'Good news!';
  const text = [
    `${greeting} ${seatsOf(d.seats)} for ${d.tierName} at ${d.eventName} just opened up and I'm holding ${d.seats === 1 ? 'it' : 'them'} for you until ${deadline}.`,
    priceLine(d),
    'Claim to book, or Pass to give them to the next person in line.',
  ].join('\n');
  if (options.inWindow) return { kind: 'buttons', text, buttons: offerButtons(d.promotionId) };
  return {
    kind: 'template',
    templateId: options.templateId,
    variables: {
      '1': d.firstName ?? 'there',
      '2': String(d.seats),
      '3': d.tierName,
      '4': d.eventName,
      '5': deadline,
      '6': d.unitPriceCents === 0 ? 'free' : formatMoney(d.unitPriceCents * d.seats, d.currency),
      // For the template's quick-reply ids, `act:claim-offer:{{7}}` / `act:pass-offer:{{7}}`: Content templates
      // accept variables in actions (https://www.twilio.com/docs/content/twilio-quick-reply).
      '7': d.promotionId,
    },
    fallbackText: `${text}\nReply 1 to claim or 2 to pass.`,
  };
}

export function offerExpiredMessage(tier: { code: string; name: string }, seats: number): OutboundMessage {
  return {
    kind: 'buttons',
    text: `Your offer of ${seatsOf(seats)} for ${tier.name} has expired, so I've passed ${seats === 1 ? 'it' : 'them'} to the next person in line and taken you off that waiting list. You're welcome to join again.`,
    buttons: [{ id: `act:join-waitlist:${tier.code}:${seats}`, title: 'Join again' }],
  };
}
