import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboundMessage } from '../../messages.js';
import { CHANNEL_OFFLINE, ChannelSendError, type ChannelSender } from '../../ports/channel-sender.js';
import { SESSION_WINDOW_MS } from './whatsapp-window.js';

/** How long a claimed row stays ours; after it the sweeper hands it to another attempt. */
const LEASE_SECONDS = 120;

export type DeliveryOutcome = 'sent' | 'not-pending' | 'suppressed' | 'failed';

export interface DeliveryDeps {
  em: EntityManager;
  senders: Partial<Record<string, ChannelSender>>;
  clock: () => Date;
}

interface Claimed {
  message_id: string;
  channel: string;
  recipient: string;
  proactive: boolean;
  payload: OutboundMessage;
  opted_out: boolean | null;
  last_inbound_at: Date | null;
}

/**
 * Sends one outbox row. The claim (pending → sending with a lease) makes concurrent or repeated jobs for the
 * same row harmless; a transient failure puts the row back to pending and throws so the queue retries with
 * backoff; a permanent one (or the last attempt) marks it failed with the provider's code.
 */
export async function deliverOutboxRow(
  deps: DeliveryDeps,
  outboxId: string,
  options: { finalAttempt: boolean },
): Promise<DeliveryOutcome> {
  const em = deps.em.fork();
  const [row] = await em.execute<Claimed[]>(
    `with claimed as (
       update outbox set status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => ?)
        where id = ? and (status = 'pending' or (status = 'sending' and lease_until < now()))
       returning message_id, channel, recipient, proactive)
     select c.*, m.payload, ct.opted_out, ct.last_inbound_at
       from claimed c join messages m on m.id = c.message_id left join contacts ct on ct.id = m.contact_id`,
    [LEASE_SECONDS, outboxId],
  );
  if (!row) return 'not-pending';

  const suppression = suppressionReason(row, deps.clock());
  if (suppression) {
    await finish(em, outboxId, row.message_id, {
      outbox: 'suppressed',
      message: 'suppressed',
      error: suppression,
    });
    return 'suppressed';
  }
  const sender = deps.senders[row.channel];
  if (!sender) {
    await finish(em, outboxId, row.message_id, {
      outbox: 'failed',
      message: 'failed',
      error: `no_sender_${row.channel}`,
    });
    return 'failed';
  }
  try {
    const sent = await sender.send({ to: row.recipient, message: row.payload });
    await em.execute(
      `update messages set provider_message_id = ?, status = case when status in ('queued', 'sending') then ? else status end,
         updated_at = now() where id = ?`,
      [sent.providerMessageId, sent.status, row.message_id],
    );
    await em.execute(
      `update outbox set status = 'sent', sent_at = now(), lease_until = null, last_error = null where id = ?`,
      [outboxId],
    );
    return 'sent';
  } catch (error) {
    const sendError =
      error instanceof ChannelSendError
        ? error
        : new ChannelSendError('send_failed', String((error as Error)?.message ?? error), false);
    // An offline channel is no fault of the message: it stays pending however many attempts have passed.
    if ((sendError.permanent || options.finalAttempt) && sendError.code !== CHANNEL_OFFLINE) {
      await finish(em, outboxId, row.message_id, {
        outbox: 'failed',
        message: 'failed',
        error: sendError.code,
        detail: sendError.message,
      });
      return 'failed';
    }
    await em.execute(
      `update outbox set status = 'pending', lease_until = null, last_error = ? where id = ?`,
      [`${sendError.code}: ${sendError.message}`, outboxId],
    );
    throw sendError;
  }
}

function suppressionReason(row: Claimed, now: Date): string | null {
  if (!row.proactive) return null;
  if (row.opted_out) return 'opted_out';
  const inWindow =
    row.last_inbound_at && now.getTime() - new Date(row.last_inbound_at).getTime() < SESSION_WINDOW_MS;
  if (row.channel === 'whatsapp' && !inWindow && row.payload.kind !== 'template') return 'outside_24h_window';
  return null;
}

async function finish(
  em: EntityManager,
  outboxId: string,
  messageId: string,
  s: { outbox: 'failed' | 'suppressed'; message: string; error: string; detail?: string },
) {
  await em.execute(`update outbox set status = ?, lease_until = null, last_error = ? where id = ?`, [
    s.outbox,
    s.detail ? `${s.error}: ${s.detail}` : s.error,
    outboxId,
  ]);
  await em.execute(`update messages set status = ?, error_code = ?, updated_at = now() where id = ?`, [
    s.message,
    s.error,
    messageId,
  ]);
}
