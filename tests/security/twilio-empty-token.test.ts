import { describe, expect, it } from 'vitest';
import { verifyTwilioSignature } from '../../adapters/channels/twilio/verify.js';
import { signTwilioWebhook } from '../fixtures/sign-twilio-webhook.js';

/**
 * Issue 15, item 2: an empty auth token is an HMAC key anyone can use, so a request "signed" with it must
 * not verify — even if a configuration slipped an empty token through.
 */
const PUBLIC_BASE_URL = 'https://bot.example.test';
const PATH = '/webhooks/twilio/whatsapp';
const params = { From: 'whatsapp:+15550100101', Body: 'cancel my booking', MessageSid: 'SM0001' };

describe('Twilio signature verification fails closed', () => {
  it('an empty auth token verifies nothing, not even a request signed with the empty key', () => {
    const forged = signTwilioWebhook('', `${PUBLIC_BASE_URL}${PATH}`, params);
    expect(forged).toBeTruthy();
    expect(
      verifyTwilioSignature(
        { authToken: '', publicBaseUrl: PUBLIC_BASE_URL },
        { path: PATH, signature: forged, params },
      ),
    ).toBe(false);
  });

  it('a real token still verifies what it signed, and only that', () => {
    const config = { authToken: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', publicBaseUrl: PUBLIC_BASE_URL };
    const signature = signTwilioWebhook(config.authToken, `${PUBLIC_BASE_URL}${PATH}`, params);
    expect(verifyTwilioSignature(config, { path: PATH, signature, params })).toBe(true);
    const forged = signTwilioWebhook('', `${PUBLIC_BASE_URL}${PATH}`, params);
    expect(verifyTwilioSignature(config, { path: PATH, signature: forged, params })).toBe(false);
  });
});
