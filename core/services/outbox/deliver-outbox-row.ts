import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { OutboundMessage } from '../../messages.js';
import { CHANNEL_OFFLINE, ChannelSendError, type ChannelSender } from '../../ports/channel-sender.js';
import { SESSION_WINDOW_MS } from './whatsapp-window.js';

/** How long a claimed row stays ours; after it the sweeper hands it to another attempt. */
export const LEASE_SECONDS = 120;

export type DeliveryOutcome = 'sent' | 'not-pending' | 'suppressed' | 'failed';

export interface DeliveryDeps {
  em: EntityManager;
  senders: Partial<Record<string, ChannelSender>>;
  clock: () => Date;
}

/**
 * Claims a row (pending → sending with a lease, or a sending row whose lease ran out) and reads what sending
 * it needs: the message and whether its person may be written to.
 */
function claimRow(em: EntityManager, outboxId: string) {
  return kysely(em)
    .with('claimed', (db) =>
      db
        .updateTable('Outbox')
        .set((eb) => ({
          status: 'sending',
          attempts: eb('attempts', '+', 1),
          leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
        }))
        .where('id', '=', outboxId)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'pending'),
            eb.and([eb('status', '=', 'sending'), eb('leaseUntil', '<', sql<Date>`now()`)]),
          ]),
        )
        .returning(['message as messageId', 'channel', 'recipient', 'proactive']),
    )
    .selectFrom('claimed as c')
    .innerJoin('Message as m', 'm.id', 'c.messageId')
    .leftJoin('Contact as ct', 'ct.id', 'm.contact')
    .select([
      'c.messageId',
      'c.channel',
      'c.recipient',
      'c.proactive',
      'm.payload',
      'ct.optedOut',
      'ct.lastInboundAt',
    ])
    .executeTakeFirst();
}

type Claimed = NonNullable<Awaited<ReturnType<typeof claimRow>>>;

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
  const row = await claimRow(em, outboxId);
  if (!row) return 'not-pending';

  const suppression = suppressionReason(row, deps.clock());
  if (suppression) {
    await finish(em, outboxId, row.messageId, {
      outbox: 'suppressed',
      message: 'suppressed',
      error: suppression,
    });
    return 'suppressed';
  }
  const sender = deps.senders[row.channel];
  if (!sender) {
    await finish(em, outboxId, row.messageId, {
      outbox: 'failed',
      message: 'failed',
      error: `no_sender_${row.channel}`,
    });
    return 'failed';
  }
  try {
    const sent = await sender.send({ to: row.recipient, message: payloadOf(row) });
    const db = kysely(em);
    await db
      .updateTable('Message')
      .set((eb) => ({
        providerMessageId: sent.providerMessageId,
        // A status callback may already have moved it on.
        status: eb
          .case()
          .when('status', 'in', ['queued', 'sending'])
          .then(sent.status)
          .else(eb.ref('status'))
          .end(),
        updatedAt: sql`now()`,
      }))
      .where('id', '=', row.messageId)
      .executeTakeFirst();
    await db
      .updateTable('Outbox')
      .set({ status: 'sent', sentAt: sql`now()`, leaseUntil: null, lastError: null })
      .where('id', '=', outboxId)
      .executeTakeFirst();
    return 'sent';
  } catch (error) {
    const sendError =
      error instanceof ChannelSendError
        ? error
        : new ChannelSendError('send_failed', String((error as Error)?.message ?? error), false);
    // An offline channel is no fault of the message: it stays pending however many attempts have passed.
    if ((sendError.permanent || options.finalAttempt) && sendError.code !== CHANNEL_OFFLINE) {
      await finish(em, outboxId, row.messageId, {
        outbox: 'failed',
        message: 'failed',
        error: sendError.code,
        detail: sendError.message,
      });
      return 'failed';
    }
    await kysely(em)
      .updateTable('Outbox')
      .set({ status: 'pending', leaseUntil: null, lastError: `${sendError.code}: ${sendError.message}` })
      .where('id', '=', outboxId)
      .executeTakeFirst();
    throw sendError;
  }
}

function suppressionReason(row: Claimed, now: Date): string | null {
  if (!row.proactive) return null;
  if (row.optedOut) return 'opted_out';
  const inWindow = row.lastInboundAt && now.getTime() - row.lastInboundAt.getTime() < SESSION_WINDOW_MS;
  if (row.channel === 'whatsapp' && !inWindow && payloadOf(row).kind !== 'template')
    return 'outside_24h_window';
  return null;
}

async function finish(
  em: EntityManager,
  outboxId: string,
  messageId: string,
  s: {
    outbox: 'failed' | 'suppressed';
    message: string;
    error: string;
    detail?: string;
  },
) {
  const db = kysely(em);
  await db
    .updateTable('Outbox')
    .set({ status: s.outbox, leaseUntil: null, lastError: s.detail ? `${s.error}: ${s.detail}` : s.error })
    .where('id', '=', outboxId)
    .executeTakeFirst();
  await db
    .updateTable('Message')
    .set({ status: s.message, errorCode: s.error, updatedAt: sql`now()` })
    .where('id', '=', messageId)
    .executeTakeFirst();
}

/** The outbound message as enqueueReplies stored it (the column is typed as any JSON object). */
const payloadOf = (row: Claimed) => row.payload as unknown as OutboundMessage;
