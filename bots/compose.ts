import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createConsoleSender } from '../adapters/channels/console/console-sender.js';
import { createSlackOrganizerChat } from '../adapters/channels/slack/slack-organizer-chat.js';
import { createTwilioMediaDownloader } from '../adapters/channels/twilio/download-media.js';
import { createTwilioChannel, type TwilioChannel } from '../adapters/channels/twilio/index.js';
import { createTemplateDirectory } from '../adapters/channels/twilio/templates/template-directory.js';
import {
  createGatewayStatusStore,
  type GatewayStatusStore,
} from '../adapters/channels/whatsapp-web/gateway-status.js';
import { createRateLimits, type RateLimits } from '../adapters/http/rate-limits.js';
import { routeMediaDownloads } from '../adapters/media/route-media-downloads.js';
import { createTransientMediaStore, isTransientMediaUrl } from '../adapters/media/transient-media.js';
import { QrCodeSheet } from '../adapters/providers/charts/qr-code-sheet.js';
import { VegaFeedbackChart } from '../adapters/providers/charts/vega-feedback-chart.js';
import { VegaSalesChart } from '../adapters/providers/charts/vega-sales-chart.js';
import { HashedEmbedder } from '../adapters/providers/embeddings/hashed-embedder.js';
import { OpenAiEmbedder } from '../adapters/providers/embeddings/openai-embedder.js';
import { OpenAiFaqSemantics } from '../adapters/providers/embeddings/openai-faq-semantics.js';
import { FaceApiEngine } from '../adapters/providers/faces/face-api-engine.js';
import { OpenAiUnderstanding } from '../adapters/providers/llm/openai-understanding.js';
import { RedisUsageLedger } from '../adapters/providers/llm/usage-ledger.js';
import { StripeGateway } from '../adapters/providers/payments/stripe-gateway.js';
import { AfinnSentiment } from '../adapters/providers/sentiment/afinn-sentiment.js';
import { DEFAULT_MEETING_TEMPLATES } from '../core/meeting-templates.js';
import { LocalUnderstanding } from '../core/nlu/local-understanding.js';
import type { PipelineDeps } from '../core/pipeline/handle-inbound.js';
import { inboundChain } from '../core/pipeline/inbound-chain.js';
import type { PaymentGateway } from '../core/ports/payment-gateway.js';
import type { Understanding } from '../core/ports/understanding.js';
import type { MediaDownloader } from '../core/ports/voice-media.js';
import type { SkillDeps } from '../core/router/skill.js';
import { CatalogCache } from '../core/services/events/catalog-cache.js';
import type { SelfieDeps } from '../core/services/faces/read-selfie.js';
import type { DeliveryDeps } from '../core/services/outbox/deliver-outbox-row.js';
import { loadTemplateSids } from '../core/services/templates/template-sids.js';
import type { VoiceDeps } from '../core/services/voice/transcribe-voice-note.js';
import { createSkillRegistry } from '../core/skills/index.js';
import { TEMPLATE_NAMES } from '../core/template-names.js';
import { type Db, initDb } from '../db/orm.js';
import { INBOUND_CONCURRENCY } from '../jobs/inbound.job.js';
import type { LeadJobDeps } from '../jobs/leads-worker.js';
import type { NetworkingWorkerDeps } from '../jobs/networking-worker.js';
import type { WaitlistJobDeps } from '../jobs/offer-freed-seats.job.js';
import type { OrganizerJobDeps } from '../jobs/organizer-worker.js';
import { createQueues, type Queues } from '../jobs/queues.js';
import type { Config, UnderstandingConfig } from './config.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createPublicLinks } from './public-links.js';
import { createVoiceAdapters } from './speech-provider.js';

export interface Deps {
  config: Config & { databaseUrl: string; redisUrl: string };
  db: Db;
  queues: Queues;
  twilio: TwilioChannel;
  pipeline: PipelineDeps;
  /** What skills may use besides the message: FAQ search, public links, face settings, meeting templates. */
  skillDeps: SkillDeps;
  delivery: DeliveryDeps;
  waitlist: WaitlistJobDeps;
  /** Matchmaking: profile embeddings and meeting timers. */
  networking: NetworkingWorkerDeps;
  /** Voice notes: download, decode and transcribe before the pipeline handles them. */
  voice: VoiceDeps;
  /**
   * Inbound media of every channel: `downloader` routes by URL (Twilio media with Twilio's credentials,
   * console uploads from Redis); `hold` keeps a console upload there for minutes and returns its URL.
   */
  media: { downloader: MediaDownloader; hold(data: Buffer, contentType: string): Promise<string> };
  /** The WhatsApp Web gateway's session state, published by the gateway process (healthz, console QR page). */
  whatsappWebStatus: GatewayStatusStore;
  /** Photos: download and face analysis (models load on the first selfie) before the pipeline decides. */
  selfies: SelfieDeps;
  /** Slack side: organizer commands and handoff threads (chat is null without Slack config). */
  organizer: OrganizerJobDeps;
  /** Sponsor leads: alerts, digests, `/leads` (chat is null without Slack config: WhatsApp only). */
  leads: LeadJobDeps;
  /** Stripe Checkout and refunds; null without Stripe settings (the demo payment stands in). */
  payments: { gateway: PaymentGateway; webhookSecret: string } | null;
  logger: Logger;
  /** This process's Prometheus metrics (GET /metrics with METRICS_TOKEN; bots/metrics.ts). */
  metrics: Metrics;
  /** Per-sender, per-IP and per-Slack-user limits, shared through Redis by every server process. */
  limits: RateLimits;
  /** A blocking-capable Redis connection for workers (BullMQ needs maxRetriesPerRequest: null there). */
  workerConnection(): Redis;
  close(): Promise<void>;
}

/** The composition root: picks the implementation of every port from the config. */
export async function buildDeps(config: Config, options: { logger?: Logger } = {}): Promise<Deps> {
  const { databaseUrl, redisUrl } = config;
  if (!databaseUrl || !redisUrl)
    throw new Error('DATABASE_URL and REDIS_URL are required (run `npm run -s eventos -- services up`).');
  const logger = options.logger ?? createLogger(config.logLevel);
  // Every inbound job holds a connection for its transaction: the pool leaves room beyond them for the
  // webhook's insert, delivery and sweeps (with 16 jobs on 10 connections the webhook missed its 8 s
  // deadline after a Postgres restart, docs/scaling.md).
  const db = await initDb(databaseUrl, { poolMax: (config.inboundConcurrency ?? INBOUND_CONCURRENCY) + 10 });
  const queues = createQueues(redisUrl, config.queuePrefix);
  const metrics = createMetrics({ queues, em: db.em });
  const twilio = createTwilioChannel({
    ...config.twilio,
    publicBaseUrl: config.publicBaseUrl,
    templates: createTemplateDirectory(() => loadTemplateSids(db.em.fork())),
  });
  const embedder = new HashedEmbedder();
  // Profiles may use a cloud model.
  const profileEmbedder =
    config.embeddings.provider === 'openai' ? new OpenAiEmbedder(config.embeddings) : embedder;
  // FAQ search keeps the offline vectors and, with OpenAI embeddings, searches the cloud space beside them.
  const faqSemantics =
    config.embeddings.provider === 'openai' ? new OpenAiFaqSemantics(config.embeddings, logger) : null;
  const clock = () => new Date();
  const catalogs = new CatalogCache();
  const connections: Redis[] = [];
  // Console uploads (photos, voice notes) are never stored: they wait in Redis until the worker takes them.
  // The same connection carries the WhatsApp Web gateway's published state.
  const mediaRedis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  mediaRedis.on('error', (error) => logger.warn({ err: error }, 'redis (console media) connection error'));
  connections.push(mediaRedis);
  // Fails fast while Redis is down: the limiters then count in memory instead of holding up a webhook.
  const limitsRedis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  limitsRedis.on('error', (error) => logger.debug({ err: error }, 'redis (rate limits) connection error'));
  connections.push(limitsRedis);
  const limits = createRateLimits(limitsRedis, config.queuePrefix, config.rateLimits);
  const transientMedia = createTransientMediaStore(mediaRedis, { prefix: config.queuePrefix });
  const downloader = routeMediaDownloads(
    [{ matches: isTransientMediaUrl, downloader: transientMedia.downloader }],
    createTwilioMediaDownloader(config.twilio),
  );
  const understanding = createUnderstanding(config.understanding, redisUrl, config.queuePrefix, logger);
  if (understanding.redis) connections.push(understanding.redis);
  if (config.faces.developmentKey) {
    logger.warn('FACE_DATA_KEYS is not set: face templates are encrypted with the built-in development key');
  }
  const skillDeps: SkillDeps = {
    embedder,
    faqSemantics,
    links: createPublicLinks(config.publicBaseUrl, config.mediaSigningSecret),
    faces: {
      keyring: config.faces.keyring,
      matchThreshold: config.faces.matchThreshold,
      retentionDays: config.faces.retentionDays,
    },
    meetingTemplates: DEFAULT_MEETING_TEMPLATES,
    payments: { provider: config.payments.provider },
  };
  const chat = config.slack
    ? createSlackOrganizerChat({
        botToken: config.slack.botToken,
        apiUrl: config.slack.apiUrl,
        ...(config.slack.apiRetries === undefined ? {} : { retries: config.slack.apiRetries }),
      })
    : null;
  return {
    config: { ...config, databaseUrl, redisUrl },
    db,
    queues,
    twilio,
    logger,
    metrics,
    limits,
    media: { downloader, hold: (data, contentType) => transientMedia.hold(data, contentType) },
    whatsappWebStatus: createGatewayStatusStore(mediaRedis, { prefix: config.queuePrefix }),
    pipeline: {
      em: db.em,
      understanding: understanding.provider,
      catalogs,
      clock,
      ...(config.defaultEventId ? { defaultEventId: config.defaultEventId } : {}),
      chain: inboundChain({
        skills: createSkillRegistry(skillDeps),
        // Organizers can answer handoffs only in Slack's handoff channel: without it the bot keeps answering.
        relayHandoffs: Boolean(config.slack?.handoffChannel),
      }),
    },
    skillDeps,
    voice: {
      em: db.em,
      ...createVoiceAdapters(config, logger, downloader),
      catalogs,
      clock,
      ...(config.defaultEventId ? { defaultEventId: config.defaultEventId } : {}),
      onError: (error, messageId) => logger.warn({ err: error, messageId }, 'voice note not transcribed'),
    },
    selfies: {
      em: db.em,
      downloader,
      engine: new FaceApiEngine(),
      clock,
      ...(config.defaultEventId ? { defaultEventId: config.defaultEventId } : {}),
      onError: (error, messageId) => logger.warn({ err: error, messageId }, 'photo not read'),
    },
    delivery: {
      em: db.em,
      senders: { whatsapp: twilio.sender, console: createConsoleSender() },
      clock,
      onSendError: ({ channel, code }) => metrics.providerError(channel, code),
    },
    waitlist: { em: db.em, clock, settings: { offerTemplateId: TEMPLATE_NAMES.waitlistOffer } },
    networking: {
      em: db.em,
      clock,
      embedder: profileEmbedder,
      templates: DEFAULT_MEETING_TEMPLATES,
      feedback: config.feedback,
    },
    organizer: {
      em: db.em,
      chat,
      handoffChannel: config.slack?.handoffChannel ?? null,
      feedChannel: config.slack?.feedChannel ?? null,
      chart: new VegaSalesChart(),
      codeSheet: new QrCodeSheet({ whatsappNumber: config.twilio.from }),
      feedbackChart: new VegaFeedbackChart(),
      sentiment: new AfinnSentiment(),
      embedder,
      faqSemantics,
    },
    payments:
      config.payments.provider === 'stripe'
        ? {
            gateway: new StripeGateway({
              secretKey: config.payments.secretKey,
              ...(config.payments.apiBaseUrl ? { apiBaseUrl: config.payments.apiBaseUrl } : {}),
            }),
            webhookSecret: config.payments.webhookSecret,
          }
        : null,
    leads: {
      em: db.em,
      chat,
      clock,
      leadTemplateId: TEMPLATE_NAMES.sponsorLead,
      digestTemplateId: TEMPLATE_NAMES.sponsorLeadDigest,
      digestTime: config.leads.digestTime,
    },
    workerConnection() {
      const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
      connection.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
      connections.push(connection);
      return connection;
    },
    async close() {
      await queues.close();
      for (const c of connections) c.disconnect();
      // Bounded: after a network freeze pg can wait forever for a half-open connection to end, and a
      // shutdown must finish (the orchestrator kills the process anyway after its grace period).
      await closeWithin(db.close(true), CLOSE_DB_WITHIN_MS, () =>
        logger.warn('database pool did not close in time; exiting anyway'),
      );
    },
  };
}

const CLOSE_DB_WITHIN_MS = 5_000;

async function closeWithin(work: Promise<unknown>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((done) => {
    timer = setTimeout(() => done('late'), ms);
    timer.unref();
  });
  const outcome = await Promise.race([work.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') onTimeout();
}

/**
 * The offline model, or OpenAI backed by it. OpenAI's token spend and fallbacks are counted in Redis so every
 * process shares one daily budget per event.
 */
function createUnderstanding(
  config: UnderstandingConfig,
  redisUrl: string,
  prefix: string,
  logger: Logger,
): { provider: Understanding; redis?: Redis } {
  const local = new LocalUnderstanding();
  if (config.provider === 'local') return { provider: local };
  if (!config.apiKey)
    logger.warn('UNDERSTANDING_PROVIDER=openai without OPENAI_API_KEY: every message is understood locally');
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis (understanding usage) connection error'));
  const provider = new OpenAiUnderstanding(config, {
    local,
    ledger: new RedisUsageLedger(redis, prefix),
    logger,
  });
  return { provider, redis };
}
