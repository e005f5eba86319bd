import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTwilioSender } from '../../../../adapters/channels/twilio/send.js';
import { createTemplateDirectory } from '../../../../adapters/channels/twilio/templates/template-directory.js';
import { ChannelSendError } from '../../../../core/ports/channel-sender.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../../fakes/fake-twilio-api.js';

const credentials = {
  accountSid: 'AC3f5e8d2c1b0a49e7f6d5c4b3a2918070',
  authToken: 'f3c1a9e07b5d42c8a6e1d0b9c7f5e3a1',
};
const text = { kind: 'text', text: 'Your VIP ticket is booked.' } as const;
let api: FakeTwilioApi;

beforeAll(async () => {
  api = await startFakeTwilioApi(credentials);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

function sender(overrides: Partial<Parameters<typeof createTwilioSender>[0]> = {}) {
  return createTwilioSender({ ...credentials, from: '+15550100001', apiBaseUrl: api.url, ...overrides });
}

async function sendError(promise: Promise<unknown>): Promise<ChannelSendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelSendError);
  return error as ChannelSendError;
}

describe('createTwilioSender', () => {
  it('sends a WhatsApp text through the real SDK and returns the queued message id', async () => {
    const result = await sender().send({ to: '+15550100101', message: text });
    const [sent] = await api.waitForMessages(1);
    expect(sent).toMatchObject({
      from: 'whatsapp:+15550100001',
      to: 'whatsapp:+15550100101',
      body: text.text,
    });
    expect(result).toEqual({ providerMessageId: sent?.sid, status: 'queued' });
    expect(result.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('sends images as media and templates as content, with the status callback', async () => {
    const statusCallbackUrl = 'https://chat.example.org/webhooks/twilio/status';
    const stored = [
      {
        name: 'welcome',
        language: 'en',
        version: 1,
        contentSid: 'HX0123456789abcdef0123456789abcdef',
        approval: 'approved',
      },
      {
        name: 'welcome',
        language: 'pt',
        version: 1,
        contentSid: 'HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        approval: 'approved',
      },
    ];
    const whatsapp = sender({ statusCallbackUrl, templates: createTemplateDirectory(async () => stored) });
    await whatsapp.send({
      to: '+15550100101',
      message: { kind: 'image', url: 'https://x.test/qr.png', caption: 'QR' },
    });
    await whatsapp.send({
      to: '+15550100101',
      message: { kind: 'template', templateId: 'welcome', variables: { '1': 'Ana' }, fallbackText: 'Hi' },
    });
    await whatsapp.send({
      to: '+15550100101',
      message: {
        kind: 'template',
        templateId: 'welcome',
        language: 'pt',
        variables: {},
        fallbackText: 'Olá',
      },
    });
    expect(api.messages[0]).toMatchObject({
      mediaUrl: ['https://x.test/qr.png'],
      body: 'QR',
      statusCallback: statusCallbackUrl,
    });
    expect(api.messages[1]).toMatchObject({
      contentSid: 'HX0123456789abcdef0123456789abcdef',
      contentVariables: '{"1":"Ana"}',
      statusCallback: statusCallbackUrl,
    });
    expect(api.messages[2]).toMatchObject({ contentSid: 'HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
  });

  it('refuses, permanently and without calling Twilio, a template that was never synced', async () => {
    const whatsapp = sender({ templates: createTemplateDirectory(async () => []) });
    const error = await whatsapp
      .send({
        to: '+15550100101',
        message: { kind: 'template', templateId: 'welcome', variables: {}, fallbackText: 'Hi' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ code: 'template_not_synced', permanent: true });
    expect((error as Error).message).toMatch(/twilio templates sync/);
    expect(api.messages).toHaveLength(0);
  });

  it("prefers the request's own status callback URL", async () => {
    await sender({ statusCallbackUrl: 'https://a.test/cb' }).send({
      to: '+15550100101',
      message: text,
      statusCallbackUrl: 'https://b.test/cb',
    });
    expect(api.messages[0]?.statusCallback).toBe('https://b.test/cb');
  });

  it('reports a Twilio 500 as a transient failure', async () => {
    api.failNext(1, 500);
    const error = await sendError(sender().send({ to: '+15550100101', message: text }));
    expect(error).toMatchObject({ permanent: false, code: 'twilio_20500' });
    await expect(sender().send({ to: '+15550100101', message: text })).resolves.toMatchObject({
      status: 'queued',
    });
  });

  it('reports rate limiting as transient', async () => {
    api.failNext(1, 429, 20429);
    expect(await sendError(sender().send({ to: '+15550100101', message: text }))).toMatchObject({
      permanent: false,
    });
  });

  it.each([
    [400, 63016],
    [400, 21610],
    [400, 21211],
  ])('reports HTTP %i with Twilio code %i as permanent', async (status, code) => {
    api.failNext(1, status, code);
    const error = await sendError(sender().send({ to: '+15550100101', message: text }));
    expect(error).toMatchObject({ permanent: true, code: `twilio_${code}` });
    expect(api.messages).toHaveLength(0);
  });

  it('reports wrong credentials as permanent', async () => {
    const error = await sendError(sender({ authToken: 'wrong' }).send({ to: '+15550100101', message: text }));
    expect(error).toMatchObject({ permanent: true, code: 'twilio_20003' });
  });

  it('reports an unreachable API as transient', async () => {
    const down = await startFakeTwilioApi(credentials);
    await down.close();
    const error = await sendError(
      sender({ apiBaseUrl: down.url }).send({ to: '+15550100101', message: text }),
    );
    expect(error).toMatchObject({ permanent: false, code: 'twilio_network' });
  });

  it('gives up on an API that never answers and reports it as transient', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const error = await sendError(
        sender({ apiBaseUrl: url, timeoutMs: 200 }).send({ to: '+15550100101', message: text }),
      );
      expect(error).toMatchObject({ permanent: false, code: 'twilio_network' });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
