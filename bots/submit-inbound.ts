import type { InboundMessage } from '../core/messages.js';
import { answerThrottled } from '../core/pipeline/answer-throttled.js';
import { recordInbound } from '../core/pipeline/record-inbound.js';
import { enqueueDeliveries, enqueueInbound } from '../jobs/queues.js';
import type { Deps } from './compose.js';

/**
 * The transport half of every channel: store the message once (dedupe by provider id), then queue its
 * handling — or, past the sender's rate limit, keep it marked `throttled` (one "slow down" per window) so a
 * flood from one number never reaches the inbound queue other senders wait in. A queue failure is logged, not
 * raised: the stored row is picked up by the sweeper.
 */
export async function submitInbound(
  deps: Deps,
  message: InboundMessage,
  options: {
    /**
     * Resolve once the message is stored and its rate limit decided, without waiting for the queue: the
     * webhook acknowledges one Redis round trip sooner (and at once while Redis is down). Safe because the
     * stored row is the promise: if the enqueue fails or the process dies first, the sweeper queues the
     * row within seconds.
     */
    ackBeforeQueue?: boolean;
  } = {},
): Promise<{ messageId: string; duplicate: boolean; throttled?: boolean }> {
  const recorded = await recordInbound(deps.db.em.fork(), message);
  const sender = `${message.channel}:${message.from}`;
  if (recorded.duplicate) {
    // A retry: counted already. But if the first try was refused and failed before closing the row (the
    // database gave out), the row is still open: close it now, or the sweeper would handle it after all.
    if (await deps.limits.inboundOver(sender)) {
      await answerThrottled(deps.db.em.fork(), recorded.messageId, { notify: false });
    }
    return recorded;
  }
  const verdict = await deps.limits.inbound(sender);
  if (!verdict.allowed) {
    const outboxIds = await answerThrottled(deps.db.em.fork(), recorded.messageId, verdict);
    await enqueueDeliveries(deps.queues, outboxIds, message.channel, { inReplyTo: recorded.messageId }).catch(
      () => {},
    );
    deps.logger.debug({ messageId: recorded.messageId, channel: message.channel }, 'inbound throttled');
    return { ...recorded, throttled: true };
  }
  const queued = enqueueInbound(deps.queues, recorded.messageId).catch((error: unknown) =>
    deps.logger.warn(
      { err: error, messageId: recorded.messageId },
      'queue unavailable; the sweeper will pick the message up',
    ),
  );
  if (!options.ackBeforeQueue) await queued;
  // The message id follows the message through the logs: inbound handled, reply sent or queued (worker.ts).
  deps.logger.debug({ messageId: recorded.messageId, channel: message.channel }, 'inbound stored');
  return recorded;
}
