import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_FACE_KEY, loadConfig } from '../../bots/config.js';

/**
 * Issue 15, item 2: outside the demo and tests a missing or placeholder secret stops the process with a
 * message naming the variable, instead of failing open (the demo Twilio token is public, so anyone could
 * sign webhooks and speak as any attendee).
 */
const SECRETS = {
  TWILIO_AUTH_TOKEN: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
  FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};
/** What the code used to fall back to; each is public, so each must be refused. */
const PLACEHOLDERS = {
  TWILIO_AUTH_TOKEN: 'demo-auth-token',
  MEDIA_SIGNING_SECRET: 'eventos-local-media-secret',
};

describe('serve and worker refuse placeholder secrets', () => {
  it('starts with all three set', () => {
    const config = loadConfig(SECRETS, 'serve');
    expect(config.twilio.authToken).toBe(SECRETS.TWILIO_AUTH_TOKEN);
    expect(config.faces.developmentKey).toBe(false);
  });

  for (const name of Object.keys(SECRETS) as (keyof typeof SECRETS)[]) {
    it(`refuses to start without ${name}, naming it`, () => {
      const { [name]: _missing, ...rest } = SECRETS;
      expect(() => loadConfig(rest, 'serve')).toThrow(new RegExp(`Refusing to start[^]*${name} is missing`));
      // Empty (as a copied .env.example leaves it) is missing too.
      expect(() => loadConfig({ ...rest, [name]: '  ' }, 'serve')).toThrow(new RegExp(`${name} is missing`));
      // Only the missing one is named.
      const others = Object.keys(SECRETS).filter((other) => other !== name);
      for (const other of others) {
        expect(() => loadConfig(rest, 'serve')).not.toThrow(new RegExp(`${other} is missing`));
      }
    });
  }

  for (const [name, placeholder] of Object.entries(PLACEHOLDERS)) {
    it(`refuses the demo placeholder for ${name}`, () => {
      expect(() => loadConfig({ ...SECRETS, [name]: placeholder }, 'serve')).toThrow(
        new RegExp(`${name} is missing[^\\n]*the demo placeholder`),
      );
    });
  }

  it('refuses the built-in development face key for FACE_DATA_KEYS', () => {
    expect(() => loadConfig({ ...SECRETS, FACE_DATA_KEYS: DEVELOPMENT_FACE_KEY }, 'serve')).toThrow(
      /FACE_DATA_KEYS is missing or the development key/,
    );
  });

  it('refuses a short MEDIA_SIGNING_SECRET', () => {
    expect(() => loadConfig({ ...SECRETS, MEDIA_SIGNING_SECRET: 'short-but-8+' }, 'serve')).toThrow(
      /MEDIA_SIGNING_SECRET is missing, the demo placeholder or shorter than 32 characters/,
    );
  });

  it('any command refuses them when NODE_ENV=production (the Docker image sets it)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TWILIO_AUTH_TOKEN is missing/);
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS }).faces.developmentKey).toBe(false);
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/^ENV\b.*\bNODE_ENV=production\b/m);
  });

  it('the demo (and tests) still run with no configuration at all', () => {
    const demo = loadConfig({}, 'demo');
    expect(demo.twilio.authToken).toBe(PLACEHOLDERS.TWILIO_AUTH_TOKEN);
    expect(demo.faces.developmentKey).toBe(true);
    expect(loadConfig({}).twilio.authToken).toBe(PLACEHOLDERS.TWILIO_AUTH_TOKEN);
    // An empty token never reaches the verifier: it falls back to the placeholder, which serve refuses.
    expect(loadConfig({ TWILIO_AUTH_TOKEN: '' }, 'demo').twilio.authToken).toBe(
      PLACEHOLDERS.TWILIO_AUTH_TOKEN,
    );
  });
});

describe('the console setting (issue 15, item 1)', () => {
  it('is off by default for serve and tools, on for the demo', () => {
    expect(loadConfig(SECRETS, 'serve').console.enabled).toBe(false);
    expect(loadConfig({}).console.enabled).toBe(false);
    expect(loadConfig({}, 'demo').console).toMatchObject({
      enabled: true,
      identities: 'demo-people',
      oneTimeLink: true,
    });
    expect(loadConfig({ CONSOLE_ENABLED: 'false' }, 'demo').console.enabled).toBe(false);
  });

  it('outside the demo it needs CONSOLE_PASSWORD (12+ characters) and speaks as test contacts only', () => {
    expect(() => loadConfig({ ...SECRETS, CONSOLE_ENABLED: 'true' }, 'serve')).toThrow(
      /CONSOLE_ENABLED=true needs CONSOLE_PASSWORD/,
    );
    expect(() =>
      loadConfig({ ...SECRETS, CONSOLE_ENABLED: 'true', CONSOLE_PASSWORD: 'hunter2' }, 'serve'),
    ).toThrow(/CONSOLE_PASSWORD must be at least 12 characters/);
    const on = loadConfig(
      { ...SECRETS, CONSOLE_ENABLED: 'true', CONSOLE_PASSWORD: 'correct horse battery' },
      'serve',
    );
    expect(on.console).toEqual({
      enabled: true,
      password: 'correct horse battery',
      identities: 'test-contacts',
      oneTimeLink: false,
    });
    expect(() => loadConfig({ CONSOLE_ENABLED: 'yes please' })).toThrow(/CONSOLE_ENABLED/);
  });
});
