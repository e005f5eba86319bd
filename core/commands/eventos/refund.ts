import {
  type RefundCommandOutcome,
  refundCommandNote,
  refundUsageNote,
} from '../../replies/payment-notes.js';
import { organizerRefundMessage } from '../../replies/payment-replies.js';
import type { FollowUp } from '../../router/skill.js';
import { writeAudit } from '../../services/audit/write-audit.js';
import { contactLanguage } from '../../services/contacts/contact-language.js';
import { enqueueReplies } from '../../services/outbox/enqueue-replies.js';
import { findOrderByReference } from '../../services/payments/find-order-by-reference.js';
import { cancelOrder } from '../../services/tickets/cancel-order.js';
import { loadOrder } from '../../services/tickets/load-order.js';
import { paidCharge } from '../../services/tickets/request-refund.js';
import { findReplyTarget } from '../../services/waitlist/find-reply-target.js';
import { answer, defineCommand } from '../command.js';

type Outcome = RefundCommandOutcome & { outboxIds?: string[]; followUps?: FollowUp[] };

/**
 * `/eventos refund <reference>`: an organizer cancels a paid booking and refunds it in full, whatever the
 * event's policy says. Recorded on the refund (`requested_by` = the organizer's Slack user) and in the audit
 * log; the attendee is told; a Stripe refund is issued after commit, with its own idempotency key.
 */
export const refund = defineCommand({
  name: 'refund',
  role: 'organizer',
  runs: 'queued',
  parse: (input) => {
    const typed = input.trim();
    return /^[\w-]{6,40}$/.test(typed) ? { typed } : null;
  },
  async run(ctx, { typed }): Promise<Outcome> {
    const orderId = await findOrderByReference(ctx.em, ctx.seat.eventId, typed);
    const order = orderId ? await loadOrder(ctx.em, orderId) : null;
    if (!order) return { kind: 'not-found', typed };
    if (order.unitPriceCents === 0) return { kind: 'free', reference: order.reference };
    if (order.status !== 'confirmed')
      return { kind: 'closed', reference: order.reference, status: order.status };
    if (!(await paidCharge(ctx.em, order.id))) return { kind: 'unpaid', reference: order.reference };
    const actor = `slack:${ctx.requester.slackUserId}`;
    const result = await cancelOrder(ctx.em, {
      orderId: order.id,
      contactId: null,
      now: ctx.now,
      requestedBy: actor,
      percent: 100,
    });
    if (!result.ok || !result.refund)
      return { kind: 'closed', reference: order.reference, status: order.status };
    const viaStripe = result.refund.status === 'pending';
    await writeAudit(ctx.em, {
      eventId: ctx.seat.eventId,
      actor,
      action: 'order.refunded',
      subject: order.id,
      details: { amountCents: result.refund.amountCents, tickets: result.cancelled, viaStripe },
    });
    const outboxIds = await enqueueReplies(
      ctx.em,
      await findReplyTarget(ctx.em, order.contactId, order.eventId),
      [
        organizerRefundMessage(
          { ...result.refund, reference: order.reference, viaStripe },
          await contactLanguage(ctx.em, order.contactId),
        ),
      ],
      { intent: 'cancel_booking' },
    );
    const followUps: FollowUp[] = [{ kind: 'offer-freed-seats', tierId: result.tierId }];
    if (viaStripe) followUps.push({ kind: 'issue-refund', paymentId: result.refund.paymentId });
    return {
      kind: 'refunded',
      reference: order.reference,
      cancelled: result.cancelled,
      amountCents: result.refund.amountCents,
      currency: result.refund.currency,
      viaStripe,
      outboxIds,
      followUps,
    };
  },
  reply: ({ outboxIds, followUps, ...outcome }) =>
    answer(refundCommandNote(outcome), { outboxIds: outboxIds ?? [], followUps: followUps ?? [] }),
  usage: refundUsageNote,
});
