import type { InboundMessage } from '../core/messages.js';
import { recordInbound } from '../core/pipeline/record-inbound.js';
import { enqueueInbound } from '../jobs/queues.js';
import type { Deps } from './compose.js';

/**
 * The transport half of every channel: store the message once (dedupe by provider id) and queue its
 * handling. A queue failure is logged, not raised: the stored row is picked up by the sweeper.
 */
export async function submitInbound(
  deps: Deps,
  message: InboundMessage,
): Promise<{ messageId: string; duplicate: boolean }> {
  const recorded = await recordInbound(deps.db.em.fork(), message);
  if (!recorded.duplicate) {
    await enqueueInbound(deps.queues, recorded.messageId).catch((error: unknown) =>
      deps.logger.warn(
        { err: error, messageId: recorded.messageId },
        'queue unavailable; the sweeper will pick the message up',
      ),
    );
  }
  return recorded;
}
