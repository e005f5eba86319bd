import { kysely } from '../../db/kysely.js';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locale.js';
import { checkoutLinkMessage } from '../replies/payment-replies.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { prepareCheckout } from '../services/payments/prepare-checkout.js';
import { recordCheckout } from '../services/payments/record-checkout.js';
import { findReplyTarget } from '../services/waitlist/find-reply-target.js';
import type { FlowEffects, PaymentFlowDeps } from './payment-flow-deps.js';

/**
 * Opens a reserved order's Checkout Session and sends its link: prepare (one transaction: the charge row and
 * its fixed request), ask Stripe outside any transaction, record (one transaction: the session and the link
 * message, once). Safe to run any number of times: the same idempotency key and request give the same
 * session, and only the run that records it sends the link.
 */
export async function openCheckout(deps: PaymentFlowDeps, orderId: string): Promise<FlowEffects> {
  const prepared = await deps.em
    .fork()
    .transactional((tx) => prepareCheckout(tx, { orderId, now: deps.clock() }));
  if (prepared.kind !== 'request') return { outboxIds: [], followUps: [] };
  const session = await deps.gateway.createCheckout(prepared.request);
  return deps.em.fork().transactional(async (tx) => {
    const recorded = await recordCheckout(tx, { paymentId: prepared.paymentId, session, now: deps.clock() });
    if (recorded.kind !== 'recorded') return { outboxIds: [], followUps: [] };
    // Cancelled or expired while Stripe was opening the session: close it again, so nobody pays for seats
    // that are no longer held.
    if (recorded.order.status !== 'reserved')
      return { outboxIds: [], followUps: [{ kind: 'expire-checkout', orderId: recorded.order.id }] };
    const { order } = recorded;
    const zone = await eventZone(tx, order.eventId);
    const outboxIds = await enqueueReplies(
      tx,
      await findReplyTarget(tx, order.contactId, order.eventId),
      [
        checkoutLinkMessage(
          order,
          recorded.url,
          recorded.expiresAt,
          zone,
          // The language the request was prepared in (read with the order, no extra query here).
          isLocale(prepared.request.locale) ? prepared.request.locale : DEFAULT_LOCALE,
        ),
      ],
      { intent: 'book_tickets' },
    );
    return { outboxIds, followUps: [] };
  });
}

export async function eventZone(em: Parameters<typeof kysely>[0], eventId: string): Promise<string> {
  const row = await kysely(em)
    .selectFrom('Event')
    .select('timezone')
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row?.timezone ?? 'UTC';
}
