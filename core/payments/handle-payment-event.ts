import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../db/kysely.js';
import type { PaymentGateway } from '../ports/payment-gateway.js';
import type { PublicLinks } from '../ports/public-links.js';
import { latePaymentRefundMessage, paidIntro, receiptLaterMessage } from '../replies/payment-replies.js';
import { ticketMessages } from '../replies/ticket-replies.js';
import type { FollowUp } from '../router/skill.js';
import { contactLanguage } from '../services/contacts/contact-language.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { applyPaymentEvent } from '../services/payments/apply-payment-event.js';
import { loadOrder } from '../services/tickets/load-order.js';
import { notifyExpired } from '../services/tickets/notify-expired.js';
import { findReplyTarget } from '../services/waitlist/find-reply-target.js';
import type { FlowEffects } from './payment-flow-deps.js';
import { tellSettledRefunds } from './tell-refunds.js';

/**
 * One stored webhook event, applied in one transaction together with what the attendee is told: tickets
 * once paid (with the amount, the VAT line and Stripe's receipt), the refund of a payment that came too late,
 * a released reservation, a refund done or failed, a receipt that came after the tickets. The only network
 * call is before the transaction: on `checkout.session.completed`, the receipt read from Stripe. Stripe
 * refunds go to the `issue-refund` job as follow-ups.
 */
export async function handlePaymentEvent(
  deps: { em: EntityManager; clock: () => Date; links: PublicLinks; gateway: PaymentGateway },
  eventRowId: string,
): Promise<FlowEffects> {
  const fetchedReceiptUrl = await readReceipt(deps, eventRowId);
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock();
    const applied = await applyPaymentEvent(tx, eventRowId, now, fetchedReceiptUrl);
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
          const locale = await contactLanguage(tx, order.contactId);
          await tell(
            order.contactId,
            order.eventId,
            ticketMessages(order, deps.links, paidIntro({ ...settled, order }, locale), locale),
          );
        } else if (settled.kind === 'refunding') {
          const locale = await contactLanguage(tx, settled.order.contactId);
          await tell(settled.order.contactId, settled.order.eventId, [
            latePaymentRefundMessage(settled.order, settled.refund, locale),
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
        outboxIds.push(...(await tellSettledRefunds(tx, applied.settled, now, 'book_tickets')));
        break;
      case 'receipt': {
        const order = await loadOrder(tx, applied.orderId);
        if (!order) break;
        await tell(order.contactId, order.eventId, [
          receiptLaterMessage(
            { ...applied, reference: order.reference },
            applied.url,
            await contactLanguage(tx, order.contactId),
          ),
        ]);
        break;
      }
      default:
        break;
    }
    return { outboxIds, followUps };
  });
}

/**
 * The receipt page of a just-completed Checkout payment, read from Stripe (the PaymentIntent's latest charge)
 * so the tickets can carry it. Any failure or a charge without a receipt yet gives null: the tickets go out
 * without it, and `charge.succeeded` brings the link later.
 */
async function readReceipt(
  deps: { em: EntityManager; gateway: PaymentGateway },
  eventRowId: string,
): Promise<string | null> {
  const row = await kysely(deps.em.fork())
    .selectFrom('PaymentEvent')
    .select(['type', 'facts', 'processedAt'])
    .where('id', '=', eventRowId)
    .executeTakeFirst();
  const facts = row?.facts;
  if (row?.type !== 'checkout_completed' || row.processedAt || !facts?.paymentIntentId) return null;
  if (facts.paymentStatus !== undefined && facts.paymentStatus !== 'paid') return null;
  try {
    return await deps.gateway.findReceiptUrl(facts.paymentIntentId);
  } catch {
    return null;
  }
}
