import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import {
  createWebConnection,
  createWhatsAppWebChannel,
  GATEWAY_HEARTBEAT_MS,
  type WebClient,
  type WebConnectionState,
  type WebMedia,
  type WhatsAppWebChannel,
} from '../adapters/channels/whatsapp-web/index.js';
import { type Pacing, pacedSender } from '../adapters/channels/whatsapp-web/paced-sender.js';
import { whatsAppWebStateNote } from '../core/replies/whatsapp-web-notes.js';
import { applyDeliveryStatus } from '../core/services/outbox/apply-delivery-status.js';
import { findOrphanedSends, settleOrphanedSend } from '../core/services/outbox/orphaned-sends.js';
import { startWhatsAppWebDeliveryWorker } from '../jobs/whatsapp-web-delivery.job.js';
import type { Deps } from './compose.js';
import { submitInbound } from './submit-inbound.js';

export interface WhatsAppWebGatewayOptions {
  /** A new library client per connection attempt (tests inject a fake with the library's surface). */
  makeClient(): WebClient;
  loadMedia(url: string): Promise<WebMedia>;
  pacing: Pacing;
  retryDelayMs?(attempt: number): number;
  offlineRecheckMs?: number;
  onState?(state: WebConnectionState): void;
}

export interface WhatsAppWebGateway {
  state(): WebConnectionState;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * `eventos whatsapp-web`: the one process that holds the WhatsApp Web session. Inbound messages are stored and
 * queued exactly like a Twilio webhook (submitInbound); acks move statuses forward; and it alone consumes the
 * `whatsapp-web` delivery queue, paced. Session changes are logged and posted to the organizers' feed.
 */
export function startWhatsAppWebGateway(deps: Deps, options: WhatsAppWebGatewayOptions): WhatsAppWebGateway {
  const log = deps.logger.child({ channel: 'whatsapp-web' });
  const connection = createWebConnection({
    makeClient: options.makeClient,
    ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
    wire(client) {
      client.on('message', (message) => {
        void channel
          .parseInbound(message)
          .then(async (parsed) => {
            if (!parsed.ok) return log.debug({ reason: parsed.reason }, 'message ignored');
            await submitInbound(deps, parsed.message);
          })
          .catch((error: unknown) => log.error({ err: error }, 'inbound message not stored'));
      });
      client.on('message_ack', (message, ack) => {
        const update = channel.parseAck(message, ack);
        if (!update) return;
        void applyDeliveryStatus(deps.db.em.fork(), update).catch((error: unknown) =>
          log.warn({ err: error }, 'delivery status not applied'),
        );
      });
    },
    onState(state) {
      options.onState?.(state);
      publishState(state);
      if (state.state === 'connected') startSending();
      if (state.state === 'qr_needed') log.warn('WhatsApp Web needs a QR scan (eventos whatsapp-web login)');
      else if (state.state === 'disconnected')
        log.warn({ cause: state.cause, since: state.since }, 'WhatsApp Web disconnected');
      else log.info({ state: state.state }, 'WhatsApp Web session');
      postToFeed(state);
    },
  });
  const channel = createWhatsAppWebChannel({
    client: () => connection.client(),
    holdMedia: (data, contentType) => deps.media.hold(data, contentType),
    loadMedia: options.loadMedia,
  });
  const sender = pacedSender(channel.sender, options.pacing);

  // Other processes read the state from Redis (healthz, the console's QR page); a heartbeat keeps it fresh.
  function publishState(state: WebConnectionState) {
    void deps.whatsappWebStatus
      .publish(state)
      .catch((error: unknown) => log.warn({ err: error }, 'gateway state not published'));
  }
  const heartbeat = setInterval(() => publishState(connection.state()), GATEWAY_HEARTBEAT_MS);
  heartbeat.unref();

  // Only changes of state are posted (a retry loop must not flood the feed).
  let lastPosted: WebConnectionState['state'] | undefined;
  function postToFeed(state: WebConnectionState) {
    const { feedChannel: feed, chat } = deps.organizer;
    if (state.state === 'starting' || state.state === lastPosted) return;
    if (state.state === 'connected' && lastPosted === undefined) {
      lastPosted = state.state;
      return;
    }
    lastPosted = state.state;
    const note = whatsAppWebStateNote(state);
    if (!feed || !chat || !note) return;
    void chat.post(feed, note).catch((error: unknown) => log.warn({ err: error }, 'feed post failed'));
  }

  // The worker starts only once the session is up and what a killed predecessor left mid-send is settled.
  const worker = startWhatsAppWebDeliveryWorker({
    connection: deps.workerConnection(),
    prefix: deps.config.queuePrefix,
    delivery: { ...deps.delivery, senders: { 'whatsapp-web': sender } },
    ...(options.offlineRecheckMs !== undefined ? { offlineRecheckMs: options.offlineRecheckMs } : {}),
    autorun: false,
  });
  let sending: Promise<void> | undefined;
  let closing = false;
  function startSending() {
    sending ??= settleOrphans(deps, channel, log)
      .catch((error: unknown) => log.error({ err: error }, 'orphaned sends not settled'))
      .then(() => {
        if (!closing)
          void worker.run().catch((error: unknown) => log.error({ err: error }, 'worker stopped'));
      });
  }
  worker.on('failed', (job, error) =>
    log.warn({ jobId: job?.id, err: error }, 'whatsapp-web delivery failed'),
  );
  worker.on('error', (error) => log.error({ err: error }, 'whatsapp-web worker error'));
  connection.start();

  return {
    state: () => connection.state(),
    worker,
    async close() {
      closing = true;
      clearInterval(heartbeat);
      await sending;
      await worker.close();
      await sender.stop();
      await connection.stop();
      await deps.whatsappWebStatus.clear().catch(() => {});
    },
  };
}

/**
 * Rows the previous gateway claimed but never recorded (it was killed mid-send): the chat's history says
 * whether WhatsApp got each one. Found → recorded as sent, never sent twice; not found → pending again, sent
 * at once rather than after the dead process's lease. Only one gateway runs, so every such row is an orphan.
 */
async function settleOrphans(deps: Deps, channel: WhatsAppWebChannel, log: Logger): Promise<void> {
  const em = deps.db.em.fork();
  const orphans = await findOrphanedSends(em, 'whatsapp-web');
  let alreadySent = 0;
  for (const orphan of orphans) {
    const found = await channel
      .findSent(orphan.recipient, orphan.message, orphan.claimedAt)
      .catch((error) => {
        log.warn(
          { err: error, outboxId: orphan.id },
          'chat history unreadable; the message will be sent again',
        );
        return undefined;
      });
    if ((await settleOrphanedSend(em, orphan, found)) === 'sent') alreadySent++;
  }
  if (orphans.length > 0)
    log.info({ orphans: orphans.length, alreadySent }, 'settled sends left by the previous gateway');
}
