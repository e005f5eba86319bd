import { loadConfig } from '../config.js';
import { type Check, type DoctorContext, fail, isProduction, ok } from './check.js';

/** Settings a live deployment cannot do without and that have no default. */
const REQUIRED = [
  'PUBLIC_BASE_URL',
  'DATABASE_URL',
  'REDIS_URL',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_HANDOFF_CHANNEL',
  'SLACK_FEED_CHANNEL',
] as const;

/** Content SIDs as Twilio issues them: templates must be real Content API ids, not the demo placeholders. */

export const requiredVariables: Check = async (ctx) => {
  const missing = REQUIRED.filter((name) => !ctx.env[name]?.trim());
  const title = 'Required variables set';
  if (missing.length === 0) return [ok('config.required', title, `${REQUIRED.length} set`)];
  return [
    fail(
      'config.required',
      title,
      `missing: ${missing.join(', ')}`,
      'Set them in .env (see .env.example and README).',
    ),
  ];
};

/** Values still at the demo defaults: fine on a laptop, wrong in production. */
export function demoDefaults(ctx: DoctorContext): string[] {
  const defaults = loadConfig({});
  const c = ctx.config;
  const same: [string, boolean][] = [
    ['TWILIO_ACCOUNT_SID', c.twilio.accountSid === defaults.twilio.accountSid],
    ['TWILIO_AUTH_TOKEN', c.twilio.authToken === defaults.twilio.authToken],
    ['TWILIO_WHATSAPP_FROM', c.twilio.from === defaults.twilio.from],
    ['MEDIA_SIGNING_SECRET', c.mediaSigningSecret === defaults.mediaSigningSecret],
  ];
  return same.filter(([, isDefault]) => isDefault).map(([name]) => name);
}

export const noDemoDefaults: Check = async (ctx) => {
  const title = 'No demo defaults in production';
  const defaults = demoDefaults(ctx);
  if (defaults.length === 0) return [ok('config.defaults', title, 'every secret is your own')];
  if (!isProduction(ctx))
    return [
      ok(
        'config.defaults',
        title,
        `NODE_ENV is not production; ${defaults.length} demo default(s) in use, fine locally: ${defaults.join(', ')}`,
      ),
    ];
  return [
    fail(
      'config.defaults',
      title,
      `still at demo defaults: ${defaults.join(', ')}`,
      'Set your Twilio credentials and number, a random MEDIA_SIGNING_SECRET and FACE_DATA_KEYS.',
    ),
  ];
};

export const faceKeys: Check = async (ctx) => {
  const title = 'Face data keys set';
  if (!ctx.config.faces.developmentKey)
    return [
      ok(
        'faces.keys',
        title,
        `${ctx.config.faces.keyring.keys.size} key(s), current ${ctx.config.faces.keyring.currentKeyId}`,
      ),
    ];
  return [
    fail(
      'faces.keys',
      title,
      'FACE_DATA_KEYS is not set: selfies are encrypted with the public development key',
      'Set FACE_DATA_KEYS=<id>:<base64 of 32 random bytes> (e.g. `k1:$(openssl rand -base64 32)`).',
    ),
  ];
};
