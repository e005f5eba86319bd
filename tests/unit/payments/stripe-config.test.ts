import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bots/config.js';
import { paymentsReady } from '../../../bots/doctor/payment-checks.js';

/** Issue 17: Stripe is on only fully configured; half a configuration or a placeholder never starts. */
const SECRETS = {
  TWILIO_AUTH_TOKEN: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
  FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};
const STRIPE = { STRIPE_SECRET_KEY: 'sk_live_51abcdef', STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef' };

describe('Stripe configuration', () => {
  it('keeps the labelled demo payment without Stripe settings', () => {
    expect(loadConfig({}, 'tool').payments).toEqual({ provider: 'demo' });
    expect(loadConfig(SECRETS, 'serve').payments).toEqual({ provider: 'demo' });
  });

  it('turns Stripe on with both secrets, pointed at STRIPE_API_BASE_URL when given', () => {
    expect(
      loadConfig({ ...SECRETS, ...STRIPE, STRIPE_API_BASE_URL: 'http://127.0.0.1:9999' }, 'serve').payments,
    ).toEqual({
      provider: 'stripe',
      secretKey: STRIPE.STRIPE_SECRET_KEY,
      webhookSecret: STRIPE.STRIPE_WEBHOOK_SECRET,
      apiBaseUrl: 'http://127.0.0.1:9999',
    });
  });

  it('refuses to start with only one of the two secrets, naming the missing one', () => {
    expect(() => loadConfig({ ...SECRETS, STRIPE_SECRET_KEY: STRIPE.STRIPE_SECRET_KEY }, 'serve')).toThrow(
      /Refusing to start[\s\S]*STRIPE_WEBHOOK_SECRET is missing/,
    );
    expect(() => loadConfig({ STRIPE_WEBHOOK_SECRET: STRIPE.STRIPE_WEBHOOK_SECRET }, 'tool')).toThrow(
      /STRIPE_SECRET_KEY is missing/,
    );
  });

  it('refuses malformed values, the .env.example placeholders, and a test key in production', () => {
    expect(() => loadConfig({ ...SECRETS, ...STRIPE, STRIPE_WEBHOOK_SECRET: 'secret' }, 'serve')).toThrow(
      /STRIPE_WEBHOOK_SECRET is not a webhook signing secret/,
    );
    expect(() => loadConfig({ ...SECRETS, ...STRIPE, STRIPE_SECRET_KEY: 'pk_live_abc' }, 'serve')).toThrow(
      /STRIPE_SECRET_KEY is not a Stripe secret key/,
    );
    expect(() =>
      loadConfig(
        { ...SECRETS, STRIPE_SECRET_KEY: 'sk_test_replace_me', STRIPE_WEBHOOK_SECRET: 'whsec_replace_me' },
        'serve',
      ),
    ).toThrow(/placeholder values/);
    expect(() =>
      loadConfig(
        { ...SECRETS, ...STRIPE, STRIPE_SECRET_KEY: 'sk_test_51abc', NODE_ENV: 'production' },
        'serve',
      ),
    ).toThrow(/test key while NODE_ENV=production/);
    // A test key is fine for a staging server that is not production.
    expect(
      loadConfig({ ...SECRETS, ...STRIPE, STRIPE_SECRET_KEY: 'sk_test_51abc' }, 'serve').payments.provider,
    ).toBe('stripe');
  });

  it('lets `eventos doctor` (inspect) read half a configuration without refusing', () => {
    expect(loadConfig({ STRIPE_SECRET_KEY: STRIPE.STRIPE_SECRET_KEY }, 'inspect').payments).toEqual({
      provider: 'demo',
    });
  });
});

describe('eventos doctor on Stripe', () => {
  const doctor = (env: Record<string, string>) =>
    paymentsReady({
      env,
      config: loadConfig(env, 'inspect'),
      db: null,
      tools: { ffmpeg: 'ffmpeg', pocketsphinx: 'pocketsphinx', speechModel: '' },
    });

  it('reports half a configuration with a fix, instead of refusing', async () => {
    const [check] = await doctor({ STRIPE_SECRET_KEY: STRIPE.STRIPE_SECRET_KEY });
    expect(check).toMatchObject({ id: 'payments.stripe', status: 'fail' });
    expect(check?.detail).toMatch(/STRIPE_WEBHOOK_SECRET is missing/);
  });

  it('fails the demo payment in production, and passes a full configuration', async () => {
    expect((await doctor({ NODE_ENV: 'production' }))[0]?.status).toBe('fail');
    expect((await doctor({}))[0]?.status).toBe('ok');
    const [on] = await doctor({ ...STRIPE, NODE_ENV: 'production' });
    expect(on).toMatchObject({ status: 'ok', detail: expect.stringContaining('live key') });
  });
});
