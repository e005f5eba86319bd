import { describe, expect, it } from 'vitest';
import { verifyTwilioSignature } from '../../../../adapters/channels/twilio/verify.js';
import { loadTwilioWebhook } from '../../../fixtures/load-twilio-webhook.js';
import { signTwilioWebhook } from '../../../fixtures/sign-twilio-webhook.js';

const authToken = 'f3c1a9e07b5d42c8a6e1d0b9c7f5e3a1';
const config = { authToken, publicBaseUrl: 'https://chat.example.org' };
const params = loadTwilioWebhook('twilio-text');
const path = '/webhooks/twilio/whatsapp';
const signature = signTwilioWebhook(authToken, `https://chat.example.org${path}`, params);

describe('verifyTwilioSignature', () => {
  it('accepts a request Twilio signed for our public URL', () => {
    expect(verifyTwilioSignature(config, { path, signature, params })).toBe(true);
  });

  it('joins base URL and path whatever their slashes', () => {
    const slashy = { authToken, publicBaseUrl: 'https://chat.example.org/' };
    expect(verifyTwilioSignature(slashy, { path, signature, params })).toBe(true);
    expect(verifyTwilioSignature(config, { path: path.slice(1), signature, params })).toBe(true);
  });

  it('rejects a signature made with another auth token', () => {
    const forged = signTwilioWebhook(
      '0000000000000000000000000000dead',
      `https://chat.example.org${path}`,
      params,
    );
    expect(verifyTwilioSignature(config, { path, signature: forged, params })).toBe(false);
  });

  it('rejects a request whose params were changed after signing', () => {
    const tampered = { ...params, Body: 'Cancel all my tickets' };
    expect(verifyTwilioSignature(config, { path, signature, params: tampered })).toBe(false);
  });

  it('rejects a missing or empty signature header', () => {
    expect(verifyTwilioSignature(config, { path, signature: undefined, params })).toBe(false);
    expect(verifyTwilioSignature(config, { path, signature: '', params })).toBe(false);
  });

  it('rejects a signature made for another path', () => {
    expect(verifyTwilioSignature(config, { path: '/webhooks/twilio/status', signature, params })).toBe(false);
  });

  it('rejects a signature made for the local URL instead of the public one', () => {
    const local = signTwilioWebhook(authToken, `http://127.0.0.1:3000${path}`, params);
    expect(verifyTwilioSignature(config, { path, signature: local, params })).toBe(false);
  });

  it('includes the query string in the signed URL', () => {
    const withQuery = `${path}?event=lisbon-2026`;
    const signed = signTwilioWebhook(authToken, `https://chat.example.org${withQuery}`, params);
    expect(verifyTwilioSignature(config, { path: withQuery, signature: signed, params })).toBe(true);
    expect(verifyTwilioSignature(config, { path, signature: signed, params })).toBe(false);
    expect(verifyTwilioSignature(config, { path: `${path}?event=porto`, signature: signed, params })).toBe(
      false,
    );
  });

  it('returns false instead of throwing on a malformed base URL', () => {
    const broken = { authToken, publicBaseUrl: 'not a url' };
    expect(verifyTwilioSignature(broken, { path, signature, params })).toBe(false);
  });
});
