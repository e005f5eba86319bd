import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type FaceKeyring, parseFaceKeyring } from '../core/services/faces/face-template-cipher.js';

/**
 * Every setting, parsed once from the environment. The only reader of process.env; everything else gets a
 * Config. Defaults make `eventos demo` work on a fresh machine with no configuration.
 */
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim().length > 0 ? v.trim() : undefined));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_BASE_URL: optional,
  DATABASE_URL: optional,
  REDIS_URL: optional,
  QUEUE_PREFIX: z.string().default('eventos'),
  DEFAULT_EVENT_ID: optional,
  TWILIO_ACCOUNT_SID: z.string().default('ACdemo00000000000000000000000000'),
  TWILIO_AUTH_TOKEN: z.string().default('demo-auth-token'),
  TWILIO_WHATSAPP_FROM: z.string().default('+15550100000'),
  TWILIO_API_BASE_URL: optional,
  WHATSAPP_WEB_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  WHATSAPP_WEB_DATA_DIR: z.string().min(1).default('.data/whatsapp-web'),
  WHATSAPP_WEB_PER_CHAT_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  WHATSAPP_WEB_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(20),
  MEDIA_SIGNING_SECRET: z.string().min(8).default('eventos-local-media-secret'),
  WHATSAPP_OFFER_TEMPLATE_SID: z.string().min(1).default('waitlist_offer_v1'),
  WHATSAPP_LEAD_TEMPLATE_SID: z.string().min(1).default('sponsor_lead_v1'),
  WHATSAPP_LEAD_DIGEST_TEMPLATE_SID: z.string().min(1).default('sponsor_lead_digest_v1'),
  LEAD_DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour')
    .default('18:00'),
  WHATSAPP_MEETING_REQUEST_TEMPLATE_SID: z.string().min(1).default('meeting_request_v1'),
  WHATSAPP_MEETING_REMINDER_TEMPLATE_SID: z.string().min(1).default('meeting_reminder_v1'),
  WHATSAPP_MEETING_UPDATE_TEMPLATE_SID: z.string().min(1).default('meeting_update_v1'),
  EMBEDDINGS_PROVIDER: z.enum(['hashed', 'openai']).default('hashed'),
  OPENAI_EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_URL: optional,
  SLACK_HANDOFF_CHANNEL: optional,
  SLACK_FEED_CHANNEL: optional,
  SLACK_API_RETRIES: optional
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number().int().min(0).max(10).optional()),
  SPEECH_PROVIDER: z.enum(['auto', 'pocketsphinx', 'azure', 'whisper']).default('auto'),
  AZURE_SPEECH_KEY: optional,
  AZURE_SPEECH_REGION: optional,
  AZURE_SPEECH_HOST: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  NODE_ENV: optional,
  FACE_DATA_KEYS: optional,
  FACE_DATA_KEY_ID: optional,
  FACE_MATCH_THRESHOLD: z.coerce.number().gt(0).lt(1.5).default(0.55),
  FACE_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  publicBaseUrl: string;
  databaseUrl?: string;
  redisUrl?: string;
  queuePrefix: string;
  defaultEventId?: string;
  twilio: { accountSid: string; authToken: string; from: string; apiBaseUrl?: string };
  /** The `eventos whatsapp-web` gateway: an organizer's own number through WhatsApp Web (README). */
  whatsappWeb: WhatsAppWebConfig;
  /** Signs public media links (ticket QR images) so references cannot be enumerated. */
  mediaSigningSecret: string;
  /** Approved WhatsApp template for waiting-list offers outside the 24-hour window (a Twilio Content SID). */
  whatsappOfferTemplateSid: string;
  /** Sponsor leads: WhatsApp templates for alerts and digests outside the 24-hour window, and the digest's time. */
  leads: { alertTemplateSid: string; digestTemplateSid: string; digestTime: string };
  /** Approved WhatsApp templates for networking notices outside the 24-hour window (Twilio Content SIDs). */
  meetingTemplates: { request: string; reminder: string; update: string };
  /** Profile embeddings for matchmaking: offline hashed n-grams, or OpenAI (needs OPENAI_API_KEY). */
  embeddings:
    | { provider: 'hashed' }
    | { provider: 'openai'; apiKey: string; baseUrl?: string; model: string };
  /** Organizers' Slack app; absent (no signing secret or bot token) means `/slack/events` answers 503. */
  slack?: SlackConfig;
  /** Voice notes: offline pocketsphinx unless a cloud provider is configured (bots/speech-provider.ts). */
  speech: SpeechConfig;
  /** Selfie check-in: the key(s) face templates are encrypted with, the match threshold, retention. */
  faces: FacesConfig;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
}

export interface WhatsAppWebConfig {
  /** Debian's Chromium; puppeteer never downloads its own (.puppeteerrc.cjs). */
  chromiumPath: string;
  /** Where the logged-in session (LocalAuth's browser profile) is kept: keep it on a volume. */
  dataDir: string;
  /** Sending pace: bursts get ordinary WhatsApp numbers banned. */
  pacing: { perChatMs: number; perMinute: number };
}

export interface SpeechConfig {
  /** `auto`: Azure when configured, else Whisper when configured, else pocketsphinx. */
  provider: 'auto' | 'pocketsphinx' | 'azure' | 'whisper';
  azure?: { key: string; region?: string; host?: string };
  openai?: { apiKey: string; baseUrl?: string };
}

export interface FacesConfig {
  keyring: FaceKeyring;
  /** True when no FACE_DATA_KEYS was given and the built-in development key is in use (refused in production). */
  developmentKey: boolean;
  /** Largest Euclidean distance between a selfie and the enrolment that still counts as the same person. */
  matchThreshold: number;
  /** Face data is deleted this many days after the event ends. */
  retentionDays: number;
}

/**
 * Lets the demo and tests run without configuration. Derived from a public string, so it protects nothing:
 * production (NODE_ENV=production) refuses to start without FACE_DATA_KEYS.
 */
const DEVELOPMENT_FACE_KEY = `dev:${createHash('sha256').update('eventos-chat development face key').digest('base64')}`;

function facesConfig(e: z.infer<typeof configSchema>): FacesConfig {
  if (!e.FACE_DATA_KEYS && e.NODE_ENV === 'production') {
    throw new Error(
      'FACE_DATA_KEYS is required in production (face templates are encrypted with it); see README, "Selfie check-in".',
    );
  }
  return {
    keyring: parseFaceKeyring(e.FACE_DATA_KEYS ?? DEVELOPMENT_FACE_KEY, e.FACE_DATA_KEY_ID),
    developmentKey: !e.FACE_DATA_KEYS,
    matchThreshold: e.FACE_MATCH_THRESHOLD,
    retentionDays: e.FACE_RETENTION_DAYS,
  };
}

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  apiUrl: string;
  /** Channel id where handoff threads are posted; without it handoffs stay in Postgres only. */
  handoffChannel: string | null;
  /** Channel id for the live feed (sold-out tiers, new handoffs, failed deliveries). */
  feedChannel: string | null;
  /** Web API retries; unset keeps the WebClient's default (10, backing off). Tests use 0. */
  apiRetries?: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    defaultEventId: e.DEFAULT_EVENT_ID,
    twilio: {
      accountSid: e.TWILIO_ACCOUNT_SID,
      authToken: e.TWILIO_AUTH_TOKEN,
      from: e.TWILIO_WHATSAPP_FROM,
      ...(e.TWILIO_API_BASE_URL ? { apiBaseUrl: e.TWILIO_API_BASE_URL } : {}),
    },
    whatsappWeb: {
      chromiumPath: e.WHATSAPP_WEB_CHROMIUM_PATH,
      dataDir: e.WHATSAPP_WEB_DATA_DIR,
      pacing: { perChatMs: e.WHATSAPP_WEB_PER_CHAT_MS, perMinute: e.WHATSAPP_WEB_PER_MINUTE },
    },
    mediaSigningSecret: e.MEDIA_SIGNING_SECRET,
    whatsappOfferTemplateSid: e.WHATSAPP_OFFER_TEMPLATE_SID,
    leads: {
      alertTemplateSid: e.WHATSAPP_LEAD_TEMPLATE_SID,
      digestTemplateSid: e.WHATSAPP_LEAD_DIGEST_TEMPLATE_SID,
      digestTime: e.LEAD_DIGEST_TIME,
    },
    meetingTemplates: {
      request: e.WHATSAPP_MEETING_REQUEST_TEMPLATE_SID,
      reminder: e.WHATSAPP_MEETING_REMINDER_TEMPLATE_SID,
      update: e.WHATSAPP_MEETING_UPDATE_TEMPLATE_SID,
    },
    embeddings: embeddingsConfig(e),
    ...(e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN
      ? {
          slack: {
            signingSecret: e.SLACK_SIGNING_SECRET,
            botToken: e.SLACK_BOT_TOKEN,
            apiUrl: e.SLACK_API_URL ?? 'https://slack.com/api/',
            handoffChannel: e.SLACK_HANDOFF_CHANNEL ?? null,
            feedChannel: e.SLACK_FEED_CHANNEL ?? null,
            ...(e.SLACK_API_RETRIES === undefined ? {} : { apiRetries: e.SLACK_API_RETRIES }),
          },
        }
      : {}),
    speech: {
      provider: e.SPEECH_PROVIDER,
      ...(e.AZURE_SPEECH_KEY && (e.AZURE_SPEECH_REGION || e.AZURE_SPEECH_HOST)
        ? {
            azure: {
              key: e.AZURE_SPEECH_KEY,
              ...(e.AZURE_SPEECH_REGION ? { region: e.AZURE_SPEECH_REGION } : {}),
              ...(e.AZURE_SPEECH_HOST ? { host: e.AZURE_SPEECH_HOST } : {}),
            },
          }
        : {}),
      ...(e.OPENAI_API_KEY
        ? {
            openai: {
              apiKey: e.OPENAI_API_KEY,
              ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
            },
          }
        : {}),
    },
    faces: facesConfig(e),
    logLevel: e.LOG_LEVEL,
  };
}

/** EMBEDDINGS_PROVIDER=openai reuses the OpenAI key and base URL that Whisper uses; naming it without a key is an error. */
function embeddingsConfig(e: z.infer<typeof configSchema>): Config['embeddings'] {
  if (e.EMBEDDINGS_PROVIDER === 'hashed') return { provider: 'hashed' };
  if (!e.OPENAI_API_KEY)
    throw new Error('Invalid configuration: EMBEDDINGS_PROVIDER=openai needs OPENAI_API_KEY');
  return {
    provider: 'openai',
    apiKey: e.OPENAI_API_KEY,
    model: e.OPENAI_EMBEDDINGS_MODEL,
    ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
  };
}
