import { describe, expect, it } from 'vitest';
import { parseStatusCallback } from '../../../../adapters/channels/twilio/parse.js';
import { loadTwilioWebhook } from '../../../fixtures/load-twilio-webhook.js';

describe('parseStatusCallback', () => {
  it.each([
    ['twilio-status-sent', 'sent'],
    ['twilio-status-delivered', 'delivered'],
    ['twilio-status-read', 'read'],
  ] as const)('reads %s as %s', (fixture, status) => {
    expect(parseStatusCallback(loadTwilioWebhook(fixture))).toEqual({
      ok: true,
      update: { providerMessageId: 'SM6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c', status },
    });
  });

  it('reports the error code of a message that failed outside the 24-hour window', () => {
    expect(parseStatusCallback(loadTwilioWebhook('twilio-status-failed-63016'))).toEqual({
      ok: true,
      update: {
        providerMessageId: 'SM7a0b3c6d9e2f5a8b1c4d7e0f3a6b9c2d',
        status: 'failed',
        errorCode: '63016',
      },
    });
  });

  it.each([
    ['accepted', 'queued'],
    ['scheduled', 'queued'],
    ['queued', 'queued'],
    ['sending', 'sending'],
    ['sent', 'sent'],
    ['delivered', 'delivered'],
    ['read', 'read'],
    ['undelivered', 'undelivered'],
    ['failed', 'failed'],
    ['canceled', 'failed'],
  ])('maps Twilio status %s to %s', (MessageStatus, status) => {
    const result = parseStatusCallback({ MessageSid: 'SM6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c', MessageStatus });
    expect(result).toMatchObject({ ok: true, update: { status } });
  });

  it('falls back to SmsStatus when MessageStatus is absent', () => {
    const result = parseStatusCallback({
      MessageSid: 'SM6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c',
      SmsStatus: 'delivered',
    });
    expect(result).toMatchObject({ ok: true, update: { status: 'delivered' } });
  });

  it('rejects inbound-only and unknown statuses', () => {
    const sid = 'SM6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c';
    expect(parseStatusCallback({ MessageSid: sid, MessageStatus: 'received' })).toEqual({
      ok: false,
      reason: "unknown MessageStatus 'received'",
    });
    expect(parseStatusCallback({ MessageSid: sid, MessageStatus: 'teleported' }).ok).toBe(false);
  });

  it('rejects a callback without MessageSid or status', () => {
    expect(parseStatusCallback({ MessageStatus: 'sent' })).toEqual({
      ok: false,
      reason: 'missing MessageSid',
    });
    expect(parseStatusCallback({ MessageSid: 'SM6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c' })).toEqual({
      ok: false,
      reason: 'missing MessageStatus',
    });
  });
});
