import type { EntityManager } from '@mikro-orm/postgresql';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { prepare, type TablesDB } from '../../../db/tables.js';
import type { OutboundMessage } from '../../messages.js';
import { CHANNEL_OFFLINE, ChannelSendError, type ChannelSender } from '../../ports/channel-sender.js';
import { earlierInFlight } from './replies-in-flight.js';
import { SESSION_WINDOW_MS } from './whatsapp-window.js';

/** How long a claimed row stays ours; after it the sweeper hands it to another attempt. */
export const LEASE_SECONDS = 120;

/**
 * Transient failures (5xx, timeouts) are retried this long, by the job's attempts and then by the sweeper,
 * before a row is given up as failed: a provider outage of a few minutes must delay replies, not lose them.
 */
const TRANSIENT_RETRY_SECONDS = 600;

/** `behind`: left pending because an earlier reply to the same person is still on its way (`afterEarlier`). */
export type DeliveryOutcome = 'sent' | 'not-pending' | 'behind' | 'suppressed' | 'failed';

export interface DeliveryDeps {
  em: EntityManager;
  senders: Partial<Record<string, ChannelSender>>;
  clock: () => Date;
  /** Told of every failed send (for monitoring: /metrics counts them by channel and code). */
  onSendError?: (failure: { channel: string; code: string; permanent: boolean }) => void;
}

/**
 * Claims a row (pending → sending with a lease, or a sending row whose lease ran out) and reads what sending
 * it needs: the message and whether its person may be written to. With `afterEarlier`, a row whose recipient
 * still has an earlier reply on its way is left pending instead (in the same statement: one round trip less
 * for every reply sent by the inbound job).
 */
async function claimRow(em: EntityManager, outboxId: string, afterEarlier: boolean) {
  const args = { outboxId, leaseSeconds: LEASE_SECONDS, retrySeconds: TRANSIENT_RETRY_SECONDS };
  const [row] = await (afterEarlier ? claimAfterEarlierStatement : claimStatement)(em, args);
  return row && { ...row, lastInboundAt: row.lastInboundAt ? new Date(row.lastInboundAt) : null };
}

type ClaimArgs = { outboxId: string; leaseSeconds: number; retrySeconds: number };

/** A row a job may take: pending, or being sent by an attempt whose lease ran out. */
const claimable = (eb: ExpressionBuilder<TablesDB, 'outbox'>) =>
  eb.or([
    eb('status', '=', 'pending'),
    eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', sql<string>`now()`)]),
  ]);

const claimQuery = (db: Kysely<TablesDB>, args: ClaimArgs, afterEarlier: boolean) =>
  db
    .with('claimed', (w) =>
      w
        .updateTable('outbox')
        .set((eb) => ({
          status: 'sending',
          attempts: eb('attempts', '+', 1),
          lease_until: sql<Date>`now() + make_interval(secs => ${args.leaseSeconds})`,
        }))
        .where('id', '=', args.outboxId)
        .where(claimable)
        .$if(afterEarlier, (q) =>
          q.where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('messages as m')
                  .whereRef('m.id', '=', 'outbox.message_id')
                  .where((inner) => inner.exists(earlierInFlight(inner))),
              ),
            ),
          ),
        )
        .returning((eb) => [
          'message_id as messageId',
          'channel',
          'recipient',
          'proactive',
          eb('created_at', '<', sql<string>`now() - make_interval(secs => ${args.retrySeconds})`).as(
            'pastRetryWindow',
          ),
        ]),
    )
    .selectFrom('claimed as c')
    .innerJoin('messages as m', 'm.id', 'c.messageId')
    .leftJoin('contacts as ct', 'ct.id', 'm.contact_id')
    .select([
      'c.messageId',
      'c.channel',
      'c.recipient',
      'c.proactive',
      'c.pastRetryWindow',
      'm.payload',
      'ct.opted_out as optedOut',
      'ct.last_inbound_at as lastInboundAt',
    ]);

// Every reply runs one of these: prepared statements over the SQL names (db/tables.ts), no naming plugin.
const claimStatement = prepare((db, args: ClaimArgs) => claimQuery(db, args, false));
const claimAfterEarlierStatement = prepare((db, args: ClaimArgs) => claimQuery(db, args, true));

/**
 * Asked when a claim behind earlier replies took nothing: whether the row is still claimable. Its own state
 * decides, not whether an earlier reply is still on its way — that one may have been sent between the claim
 * and this question, and a row still pending must then be looked at again, not dropped as another job's.
 */
const stillWaitingStatement = prepare((db, args: { outboxId: string }) =>
  db.selectFrom('outbox').select('id').where('id', '=', args.outboxId).where(claimable),
);

/** The provider's id on the message and "sent" on the outbox row, in one statement. */
const markSent = prepare(
  (db, args: { messageId: string; outboxId: string; providerMessageId: string; status: string }) =>
    db
      .with('sent', (w) =>
        w
          .updateTable('messages')
          .set((eb) => ({
            provider_message_id: args.providerMessageId,
            // A status callback may already have moved it on.
            status: eb
              .case()
              .when('status', 'in', ['queued', 'sending'])
              .then(args.status)
              .else(eb.ref('status'))
              .end(),
            updated_at: sql<Date>`now()`,
          }))
          .where('id', '=', args.messageId),
      )
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: sql<Date>`now()`, lease_until: null, last_error: null })
      .where('id', '=', args.outboxId),
);

type Claimed = NonNullable<Awaited<ReturnType<typeof claimRow>>>;

/**
 * Sends one outbox row. The claim (pending → sending with a lease) makes concurrent or repeated jobs for the
 * same row harmless; a transient failure puts the row back to pending and throws so the queue retries with
 * backoff; a permanent one marks it failed with the provider's code, and so does the last attempt of a
 * transient one once the row is older than TRANSIENT_RETRY_SECONDS (before that the sweeper retries it).
 */
export async function deliverOutboxRow(
  deps: DeliveryDeps,
  outboxId: string,
  options: { finalAttempt: boolean; afterEarlier?: boolean },
): Promise<DeliveryOutcome> {
  const em = deps.em.fork();
  const row = await claimRow(em, outboxId, options.afterEarlier ?? false);
  if (!row) {
    // Rare (a duplicate job, or a reply queued behind another): only then is the reason worth a query. A row
    // still waiting was held back by an earlier reply (maybe sent since the claim): it is looked at again.
    const behind = options.afterEarlier && (await stillWaitingStatement(em, { outboxId })).length > 0;
    return behind ? 'behind' : 'not-pending';
  }

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
  let sent: Awaited<ReturnType<ChannelSender['send']>>;
  try {
    sent = await sender.send({ to: row.recipient, message: payloadOf(row) });
  } catch (error) {
    const sendError =
      error instanceof ChannelSendError
        ? error
        : new ChannelSendError('send_failed', String((error as Error)?.message ?? error), false);
    deps.onSendError?.({ channel: row.channel, code: sendError.code, permanent: sendError.permanent });
    // An offline channel is no fault of the message: it stays pending however many attempts have passed.
    // Other transient errors give up only on the last attempt once the row is past its retry window.
    const givingUp = options.finalAttempt && Boolean(row.pastRetryWindow);
    if ((sendError.permanent || givingUp) && sendError.code !== CHANNEL_OFFLINE) {
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
  // Sent: from here on nothing may put the row back to pending, or the person would get it twice. The
  // bookkeeping (one statement for the message and the row) is retried well within the lease, after which
  // the sweeper would claim the row again.
  const record = {
    messageId: row.messageId,
    outboxId,
    providerMessageId: sent.providerMessageId,
    status: sent.status,
  };
  await untilDone(() => markSent(em, record).then(() => {}));
  return 'sent';
}

/** Bookkeeping after a send: tried for about a minute (half the lease) before giving up to the lease. */
async function untilDone(work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + (LEASE_SECONDS / 2) * 1000;
  for (let wait = 100; ; wait = Math.min(wait * 2, 5_000)) {
    try {
      return await work();
    } catch (error) {
      if (Date.now() + wait > deadline) throw error;
      await new Promise((done) => setTimeout(done, wait));
    }
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
