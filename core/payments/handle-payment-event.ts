import type { EntityManager } from '@mikro-orm/postgresql';
import type { PublicLinks } from '../ports/public-links.js';
import { latePaymentRefundMessage, paidIntro, refundCompletedMessage } from '../replies/payment-replies.js';
import { ticketMessages } from '../replies/ticket-replies.js';
import type { FollowUp } from '../router/skill.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { applyPaymentEvent } from '../services/payments/apply-payment-event.js';
import { notifyExpired } from '../services/tickets/notify-expired.js';
import { findReplyTarget } from '../services/waitlist/find-reply-target.js';
import type { FlowEffects } from './payment-flow-deps.js';

/**
 * One stored webhook event, applied in one transaction together with what the attendee is told: tickets
 * once paid, the refund of a payment that came too late, a released reservation, a completed refund. No
 * network calls here; Stripe refunds go to the `issue-refund` job as follow-ups.
 */
export async function handlePaymentEvent(
  deps: { em: EntityManager; clock: () => Date; links: PublicLinks },
  eventRowId: string,
): Promise<FlowEffects> {
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock();
    const applied = await applyPaymentEvent(tx, eventRowId, now);
    const outboxIds: string[] = [];
    const followUps: FollowUp[] = [];
    const tell = async (contactId: string, eventId: string, replies: Parameters<typeof enqueueReplies>[2]) =>
      outboxIds.push(
        ...(await enqueueReplies(tx, await findReplyTarget(tx, contactId, eventId), replies, {
          intent: 'book_tickets',
        })),
      );
    switch (applied.kind) {
      case 'checkout': {
        const settled = applied.settled;
        if (settled.kind === 'confirmed') {
          const order = { ...settled.order, orderId: settled.order.id };
          await tell(
            order.contactId,
            order.eventId,
            ticketMessages(order, deps.links, paidIntro({ ...settled, order })),
          );
        } else if (settled.kind === 'refunding') {
          await tell(settled.order.contactId, settled.order.eventId, [
            latePaymentRefundMessage(settled.order, settled.refund),
          ]);
          if (settled.refund.status === 'pending')
            followUps.push({ kind: 'issue-refund', paymentId: settled.refund.paymentId });
        }
        break;
      }
      case 'expired':
        outboxIds.push(...(await notifyExpired(tx, applied.expired.expired)));
        for (const { tierId } of applied.expired.freed) followUps.push({ kind: 'offer-freed-seats', tierId });
        break;
      case 'refunds':
        for (const refund of applied.settled.filter((r) => r.status === 'succeeded'))
          await tell(refund.contactId, refund.eventId, [refundCompletedMessage(refund)]);
        break;
      default:
        break;
    }
    return { outboxIds, followUps };
  });
}
