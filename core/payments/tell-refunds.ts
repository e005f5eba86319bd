import type { EntityManager } from '@mikro-orm/postgresql';
import { refundFailedNote } from '../replies/payment-notes.js';
import { refundCompletedMessage, refundFailedMessage } from '../replies/payment-replies.js';
import { contactLanguage } from '../services/contacts/contact-language.js';
import { recordFeedPost } from '../services/feed/record-feed-post.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import type { SettledRefund } from '../services/payments/settle-refunds.js';
import { findReplyTarget } from '../services/waitlist/find-reply-target.js';

/**
 * Tells the attendee about refunds that just reached their final state (settleRefunds reports each once):
 * done, or failed — then the organizers' feed gets it too, with the order reference and amount (once: the
 * feed item's ref is the refund row), since someone has to refund by hand.
 */
export async function tellSettledRefunds(
  tx: EntityManager,
  settled: SettledRefund[],
  now: Date,
  intent: string,
): Promise<string[]> {
  const outboxIds: string[] = [];
  for (const refund of settled) {
    const locale = await contactLanguage(tx, refund.contactId);
    if (refund.status === 'failed')
      await recordFeedPost(tx, {
        eventId: refund.eventId,
        kind: 'refund_failed',
        ref: `refund_failed:${refund.paymentId}`,
        text: refundFailedNote(refund).text,
        now,
      });
    const reply =
      refund.status === 'succeeded'
        ? refundCompletedMessage(refund, locale)
        : refundFailedMessage(refund, locale);
    outboxIds.push(
      ...(await enqueueReplies(tx, await findReplyTarget(tx, refund.contactId, refund.eventId), [reply], {
        intent,
      })),
    );
  }
  return outboxIds;
}
