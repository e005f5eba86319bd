import { formatMoney } from '../format-money.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';

/** Organizer (Slack) words of the payment commands; English, outside the attendee catalogs. */

export const refundUsageNote = (): OrganizerNote => ({
  text: 'Usage: `/eventos refund <order or ticket reference>` — cancels the booking and refunds what was paid, in full.',
});

export type RefundCommandOutcome =
  | { kind: 'not-found'; typed: string }
  | { kind: 'free'; reference: string }
  | { kind: 'unpaid'; reference: string }
  | { kind: 'closed'; reference: string; status: string }
  | {
      kind: 'refunded';
      reference: string;
      cancelled: number;
      amountCents: number;
      currency: string;
      viaStripe: boolean;
    };

export function refundCommandNote(o: RefundCommandOutcome): OrganizerNote {
  switch (o.kind) {
    case 'not-found':
      return { text: `No order or ticket of this event matches “${o.typed}”.` };
    case 'free':
      return { text: `\`${o.reference}\` is a free booking — there is nothing to refund.` };
    case 'unpaid':
      return {
        text: `No payment was taken for \`${o.reference}\` — there is nothing to refund.`,
      };
    case 'closed':
      return {
        text:
          o.status === 'reserved'
            ? `\`${o.reference}\` is a reservation that was never paid — there is nothing to refund; it is released when its hold ends.`
            : `\`${o.reference}\` is already ${o.status} — nothing changed.`,
      };
    case 'refunded':
      return {
        text: `💸 Refunded \`${o.reference}\` in full: ${formatMoney(o.amountCents, o.currency)}${
          o.viaStripe
            ? ' through Stripe (the attendee is told when it completes)'
            : ' (demo payment: no money moves)'
        }; ${o.cancelled} ticket${o.cancelled === 1 ? '' : 's'} cancelled and the seats freed.`,
      };
  }
}

/** The organizers' feed: a refund Stripe would not make (refused, or `refund.updated` failed). */
export const refundFailedNote = (refund: {
  orderReference: string;
  amountCents: number;
  currency: string;
}): OrganizerNote => ({
  text: `⚠️ Refund failed at Stripe: ${formatMoney(refund.amountCents, refund.currency)} for order \`${refund.orderReference}\`. The attendee was told the team is on it — please refund it by hand in the Stripe dashboard and let them know.`,
});
