import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioApiClient } from '../../../../adapters/channels/twilio/api-client.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../../fakes/fake-twilio-api.js';

/** The SDK's requests carried over undici (api-client.ts): what the SDK's own client would have sent. */
const credentials = {
  accountSid: 'AC5e8d2c1b0a49e7f6d5c4b3a29180703f',
  authToken: 'a9e07b5d42c8a6e1d0b9c7f5e3a1f3c1',
};
let api: FakeTwilioApi;
beforeAll(async () => {
  api = await startFakeTwilioApi(credentials);
});
afterAll(() => api.close());

describe('createTwilioApiClient', () => {
  it('repeats a list field once per value, as the SDK encodes MediaUrl', async () => {
    const client = createTwilioApiClient({ ...credentials, apiBaseUrl: api.url });
    const message = await client.messages.create({
      from: 'whatsapp:+15550100001',
      to: 'whatsapp:+15550100102',
      body: 'Your badge and the venue map',
      mediaUrl: ['https://x.test/badge.png', 'https://x.test/map.png'],
    });
    const [sent] = await api.waitForMessages(1);
    expect(sent?.mediaUrl).toEqual(['https://x.test/badge.png', 'https://x.test/map.png']);
    expect(message.sid).toBe(sent?.sid);
  });

  it("reads Twilio's error answer into the SDK's RestException (status and code)", async () => {
    const client = createTwilioApiClient({ ...credentials, authToken: 'wrong', apiBaseUrl: api.url });
    const error = await client.messages
      .create({ from: 'whatsapp:+15550100001', to: 'whatsapp:+15550100103', body: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 20003 });
  });
});
