import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type FaceKeyring, parseFaceKeyring } from '../core/services/faces/face-template-cipher.js';
import { TEMPLATE_NAMES } from '../core/template-names.js';

/**
 * Every setting, parsed once from the environment. The only reader of process.env; everything else gets a
 * Config. Defaults make `eventos demo` work on a fresh machine with no configuration.
 */
/** Public placeholders that let the demo run; they protect nothing, so serving with them is refused. */
const DEMO_TWILIO_AUTH_TOKEN = 'demo-auth-token';
const DEMO_MEDIA_SIGNING_SECRET = 'eventos-local-media-secret';

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
  TWILIO_AUTH_TOKEN: optional.transform((v) => v ?? DEMO_TWILIO_AUTH_TOKEN),
  TWILIO_WHATSAPP_FROM: z.string().default('+15550100000'),
  TWILIO_API_BASE_URL: optional,
  WHATSAPP_WEB_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  WHATSAPP_WEB_DATA_DIR: z.string().min(1).default('.data/whatsapp-web'),
  WHATSAPP_WEB_PER_CHAT_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  WHATSAPP_WEB_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(20),
  MEDIA_SIGNING_SECRET: optional.transform((v) => v ?? DEMO_MEDIA_SIGNING_SECRET).pipe(z.string().min(8)),
  LEAD_DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour')
    .default('18:00'),
  FEEDBACK_DAILY_CAP: z.coerce.number().int().min(0).max(50).default(3),
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
  UNDERSTANDING_PROVIDER: z.enum(['local', 'openai']).default('local'),
  OPENAI_MODEL: z.string().min(1).default('gpt-4.1-mini'),
  OPENAI_UNDERSTANDING_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  OPENAI_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(2_000_000),
  NODE_ENV: optional,
  FACE_DATA_KEYS: optional,
  FACE_DATA_KEY_ID: optional,
  FACE_MATCH_THRESHOLD: z.coerce.number().gt(0).lt(1.5).default(0.55),
  FACE_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  STRIPE_API_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CONSOLE_ENABLED: optional.pipe(z.enum(['true', 'false', '1', '0']).optional()),
  CONSOLE_PASSWORD: optional,
  METRICS_TOKEN: optional.pipe(z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional()),
  INBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  RATE_LIMIT_SENDER_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  RATE_LIMIT_SENDER_BURST: z.coerce.number().int().min(0).max(10_000).default(5),
  RATE_LIMIT_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(10),
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  RATE_LIMIT_SLACK_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  RETENTION_MESSAGE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0.1).max(600).default(8),
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
  /** Sponsor leads: the daily digest's time (templates are found by name: core/template-names.ts). */
  leads: { digestTime: string };
  /** Session feedback requests: per-person daily cap and the template (by name) outside the 24-hour window. */
  feedback: { dailyCap: number; templateId: string };
  /** Profile embeddings for matchmaking: offline hashed n-grams, or OpenAI (needs OPENAI_API_KEY). */
  embeddings:
    | { provider: 'hashed' }
    | { provider: 'openai'; apiKey: string; baseUrl?: string; model: string; queryTimeoutMs: number };
  /** Understanding free text: the offline model, or OpenAI with the offline model as fallback (adapters/providers/llm). */
  understanding: UnderstandingConfig;
  /** Organizers' Slack app; absent (no signing secret or bot token) means `/slack/events` answers 503. */
  slack?: SlackConfig;
  /** Voice notes: offline pocketsphinx unless a cloud provider is configured (bots/speech-provider.ts). */
  speech: SpeechConfig;
  /** Selfie check-in: the key(s) face templates are encrypted with, the match threshold, retention. */
  faces: FacesConfig;
  /** `GET /metrics` (Prometheus) is mounted only with this bearer token (bots/metrics-routes.ts). */
  metrics: { token?: string };
  /** How many inbound jobs one worker process runs at once (jobs/inbound.job.ts; docs/scaling.md). */
  inboundConcurrency?: number;
  /** The web console (adapters/channels/console): off unless CONSOLE_ENABLED=true or the demo. */
  console: ConsoleConfig;
  /** Per-sender, per-IP (console login) and per-Slack-user limits, counted in Redis (adapters/http/rate-limits.ts). */
  rateLimits: RateLimitsConfig;
  /** The data lifecycle: message texts and transcripts are blanked this many days after their event. */
  retention: { messageDays: number };
  /** On SIGTERM, how long each shutdown step (in-flight requests, running jobs, closing) may take. */
  shutdownGraceMs: number;
  /** Paid tickets: Stripe Checkout when both Stripe secrets are set, else the labelled demo payment. */
  payments: PaymentsConfig;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
}

export interface RateLimitsConfig {
  /** Messages one sender may send per minute; past it they are kept, marked `throttled`, and not answered. */
  senderPerMinute: number;
  /** Extra messages allowed on top of that within the minute (people type in bursts). */
  senderBurst: number;
  /** Failed console logins one IP address may make per window before it gets 429s. */
  loginAttempts: number;
  loginWindowSeconds: number;
  /** Slack commands and clicks one Slack user may make per minute. */
  slackPerMinute: number;
}

export type UnderstandingConfig =
  | { provider: 'local' }
  | {
      provider: 'openai';
      /** Absent: every message is understood locally, and each fallback is logged and counted. */
      apiKey?: string;
      baseUrl?: string;
      model: string;
      timeoutMs: number;
      /** Tokens per event per day (in the event's time zone), counted in Redis across processes. */
      dailyTokenBudget: number;
    };

export type PaymentsConfig =
  | { provider: 'demo' }
  | { provider: 'stripe'; secretKey: string; webhookSecret: string; apiBaseUrl?: string };

export interface ConsoleConfig {
  enabled: boolean;
  /** Lets the login form in; required whenever the console is on outside the demo. */
  password?: string;
  /**
   * `demo-people`: chat as one of the events' attendees (the demo, on its own data). `test-contacts`: only
   * as `console:` test contacts of the console's own, so no real attendee's number can be used or listed.
   */
  identities: 'demo-people' | 'test-contacts';
  /** The demo prints a one-time login link (as Jupyter does) instead of asking for a password. */
  oneTimeLink: boolean;
}

/**
 * Who is loading the configuration. `serve` (the server and the worker) refuses placeholder secrets; `demo`
 * runs on them and turns the console on; `tool` (tests, import, migrate, chat, bench) refuses them only
 * when NODE_ENV=production. `inspect` (`eventos doctor`) never refuses: it reports each placeholder itself,
 * line by line, instead of stopping at the first.
 */
export type ConfigMode = 'serve' | 'demo' | 'tool' | 'inspect';

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
 * `serve` and NODE_ENV=production refuse to start without FACE_DATA_KEYS (refusePlaceholderSecrets).
 */
export const DEVELOPMENT_FACE_KEY = `dev:${createHash('sha256').update('eventos-chat development face key').digest('base64')}`;

function facesConfig(e: z.infer<typeof configSchema>): FacesConfig {
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

/** The process's own settings, loaded as `mode` asks (the commands use this; tests pass their own env). */
export function loadConfigAs(mode: ConfigMode): Config {
  return loadConfig(process.env, mode);
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  mode: ConfigMode = 'tool',
): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  const strict = mode === 'serve' || (mode === 'tool' && e.NODE_ENV === 'production');
  if (strict) refusePlaceholderSecrets(e);
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
    leads: { digestTime: e.LEAD_DIGEST_TIME },
    feedback: { dailyCap: e.FEEDBACK_DAILY_CAP, templateId: TEMPLATE_NAMES.sessionFeedback },
    embeddings: embeddingsConfig(e),
    understanding:
      e.UNDERSTANDING_PROVIDER === 'local'
        ? { provider: 'local' }
        : {
            provider: 'openai',
            ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
            ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
            model: e.OPENAI_MODEL,
            timeoutMs: e.OPENAI_UNDERSTANDING_TIMEOUT_MS,
            dailyTokenBudget: e.OPENAI_DAILY_TOKEN_BUDGET,
          },
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
    console: consoleConfig(e, mode),
    rateLimits: {
      senderPerMinute: e.RATE_LIMIT_SENDER_PER_MINUTE,
      senderBurst: e.RATE_LIMIT_SENDER_BURST,
      loginAttempts: e.RATE_LIMIT_LOGIN_ATTEMPTS,
      loginWindowSeconds: e.RATE_LIMIT_LOGIN_WINDOW_SECONDS,
      slackPerMinute: e.RATE_LIMIT_SLACK_PER_MINUTE,
    },
    retention: { messageDays: e.RETENTION_MESSAGE_DAYS },
    metrics: e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {},
    ...(e.INBOUND_CONCURRENCY ? { inboundConcurrency: e.INBOUND_CONCURRENCY } : {}),
    shutdownGraceMs: Math.round(e.SHUTDOWN_GRACE_SECONDS * 1000),
    payments: paymentsConfig(e, mode, strict),
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
    // A question waits for its FAQ embedding no longer than for OpenAI understanding.
    queryTimeoutMs: e.OPENAI_UNDERSTANDING_TIMEOUT_MS,
  };
}

const SECRETS_HELP = 'see README, "Deploying safely"';

/**
 * Outside the demo and tests a missing secret must stop the process, not fall back to a public
 * placeholder: with the demo Twilio token anyone could sign webhooks and speak as any attendee.
 */
function refusePlaceholderSecrets(e: z.infer<typeof configSchema>): void {
  const problems: string[] = [];
  if (e.TWILIO_AUTH_TOKEN === DEMO_TWILIO_AUTH_TOKEN)
    problems.push('TWILIO_AUTH_TOKEN is missing or the demo placeholder (it verifies every Twilio webhook)');
  if (e.MEDIA_SIGNING_SECRET === DEMO_MEDIA_SIGNING_SECRET || e.MEDIA_SIGNING_SECRET.length < 32)
    problems.push(
      'MEDIA_SIGNING_SECRET is missing, the demo placeholder or shorter than 32 characters (it signs ticket QR links)',
    );
  if (!e.FACE_DATA_KEYS || e.FACE_DATA_KEYS === DEVELOPMENT_FACE_KEY)
    problems.push('FACE_DATA_KEYS is missing or the development key (face templates are encrypted with it)');
  if (problems.length > 0)
    throw new Error(`Refusing to start (${SECRETS_HELP}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Placeholder values a deployment may have copied from documentation: they configure nothing. */
export const STRIPE_PLACEHOLDERS = ['sk_test_replace_me', 'whsec_replace_me'];

/**
 * Stripe is on only with both secrets: a key without the webhook secret would take money it can never
 * confirm, and a webhook secret alone means nobody can pay. Half a configuration is refused (except by
 * `eventos doctor`, which reports it); so are the .env.example placeholders, malformed values, and a test
 * key in production (test cards would buy real tickets).
 */
function paymentsConfig(e: z.infer<typeof configSchema>, mode: ConfigMode, strict: boolean): PaymentsConfig {
  const key = e.STRIPE_SECRET_KEY;
  const secret = e.STRIPE_WEBHOOK_SECRET;
  const problems = stripeProblems(e, strict);
  if (problems.length > 0 && mode !== 'inspect')
    throw new Error(`Refusing to start (${SECRETS_HELP}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  if (!key || !secret) return { provider: 'demo' };
  return {
    provider: 'stripe',
    secretKey: key,
    webhookSecret: secret,
    ...(e.STRIPE_API_BASE_URL ? { apiBaseUrl: e.STRIPE_API_BASE_URL } : {}),
  };
}

/** What is wrong with the Stripe settings (none set is fine: the demo payment); `eventos doctor` lists them. */
export function stripeProblems(
  e: Pick<z.infer<typeof configSchema>, 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'NODE_ENV'>,
  strict: boolean,
): string[] {
  const key = e.STRIPE_SECRET_KEY;
  const secret = e.STRIPE_WEBHOOK_SECRET;
  if (!key && !secret) return [];
  const problems: string[] = [];
  if (!key) problems.push('STRIPE_WEBHOOK_SECRET is set but STRIPE_SECRET_KEY is missing');
  if (!secret) problems.push('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is missing');
  if (key && !/^(sk|rk)_(test|live)_\S+$/.test(key))
    problems.push('STRIPE_SECRET_KEY is not a Stripe secret key (sk_live_… or sk_test_…)');
  if (secret && !/^whsec_\S+$/.test(secret))
    problems.push('STRIPE_WEBHOOK_SECRET is not a webhook signing secret (whsec_…)');
  if (strict && (STRIPE_PLACEHOLDERS.includes(key ?? '') || STRIPE_PLACEHOLDERS.includes(secret ?? '')))
    problems.push('STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET are placeholder values');
  if (strict && e.NODE_ENV === 'production' && key && /^(sk|rk)_test_/.test(key))
    problems.push(
      'STRIPE_SECRET_KEY is a test key while NODE_ENV=production (test cards would buy real tickets)',
    );
  return problems;
}

const MIN_CONSOLE_PASSWORD = 12;

function consoleConfig(e: z.infer<typeof configSchema>, mode: ConfigMode): ConsoleConfig {
  const demo = mode === 'demo';
  const enabled = e.CONSOLE_ENABLED === undefined ? demo : ['true', '1'].includes(e.CONSOLE_ENABLED);
  if (enabled && !demo) {
    if (!e.CONSOLE_PASSWORD)
      throw new Error(`Refusing to start: CONSOLE_ENABLED=true needs CONSOLE_PASSWORD; ${SECRETS_HELP}.`);
    if (e.CONSOLE_PASSWORD.length < MIN_CONSOLE_PASSWORD)
      throw new Error(
        `Refusing to start: CONSOLE_PASSWORD must be at least ${MIN_CONSOLE_PASSWORD} characters; ${SECRETS_HELP}.`,
      );
  }
  return {
    enabled,
    ...(e.CONSOLE_PASSWORD ? { password: e.CONSOLE_PASSWORD } : {}),
    identities: demo ? 'demo-people' : 'test-contacts',
    oneTimeLink: demo,
  };
}

/** The raw environment, for commands that report on what is set, not only on what it parses to (`eventos doctor`). */
export const processEnv = (): Record<string, string | undefined> => process.env;
