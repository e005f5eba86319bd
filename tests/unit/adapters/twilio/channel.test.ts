import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioChannel, TWILIO_INBOUND_PATH } from '../../../../adapters/channels/twilio/index.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../../fakes/fake-twilio-api.js';
import { loadTwilioWebhook } from '../../../fixtures/load-twilio-webhook.js';
import { signTwilioWebhook } from '../../../fixtures/sign-twilio-webhook.js';

const credentials = {
  accountSid: 'AC3f5e8d2c1b0a49e7f6d5c4b3a2918070',
  authToken: 'f3c1a9e07b5d42c8a6e1d0b9c7f5e3a1',
};
let api: FakeTwilioApi;

beforeAll(async () => {
  api = await startFakeTwilioApi(credentials);
});
afterAll(() => api.close());

function channel() {
  return createTwilioChannel({
    ...credentials,
    from: '+15550100001',
    publicBaseUrl: 'https://chat.example.org/',
    apiBaseUrl: api.url,
  });
}

describe('createTwilioChannel', () => {
  it('verifies, parses and answers one WhatsApp conversation turn', async () => {
    const whatsapp = channel();
    const params = loadTwilioWebhook('twilio-text');
    const signature = signTwilioWebhook(
      credentials.authToken,
      `https://chat.example.org${TWILIO_INBOUND_PATH}`,
      params,
    );
    expect(whatsapp.verify({ path: TWILIO_INBOUND_PATH, signature, params })).toBe(true);

    const parsed = whatsapp.parseInbound(params);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.message.receivedAt).toBeInstanceOf(Date);

    await whatsapp.sender.send({
      to: parsed.message.from,
      message: { kind: 'text', text: 'Sure, which tier?' },
    });
    expect(api.messages.at(-1)).toMatchObject({
      to: 'whatsapp:+15550100101',
      body: 'Sure, which tier?',
      statusCallback: 'https://chat.example.org/webhooks/twilio/status',
    });
  });

  it('parses status callbacks and names itself whatsapp', () => {
    const whatsapp = channel();
    expect(whatsapp.name).toBe('whatsapp');
    expect(whatsapp.sender.name).toBe('whatsapp');
    expect(whatsapp.parseStatus(loadTwilioWebhook('twilio-status-read'))).toMatchObject({
      ok: true,
      update: { status: 'read' },
    });
  });
});
