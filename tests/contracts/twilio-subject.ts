import { randomBytes } from 'node:crypto';
import { createTwilioMediaDownloader } from '../../adapters/channels/twilio/download-media.js';
import { createTwilioChannel } from '../../adapters/channels/twilio/index.js';
import { startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { loadTwilioWebhook } from '../fixtures/load-twilio-webhook.js';
import type { ChannelUnderTest, ContractMedia } from './channel.contract.js';

const ACCOUNT = { accountSid: 'AC00000000000000000000000000000009', authToken: 'contract-token' };

/** Twilio: webhook form params in, the real SDK against the local fake Twilio API out. */
export async function startTwilioSubject(media: ContractMedia): Promise<ChannelUnderTest> {
  const api = await startFakeTwilioApi(ACCOUNT);
  const channel = createTwilioChannel({
    ...ACCOUNT,
    from: '+15550100000',
    publicBaseUrl: 'https://bot.example.test',
    apiBaseUrl: api.url,
  });
  const downloader = createTwilioMediaDownloader({ ...ACCOUNT, apiBaseUrl: api.url });
  const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;
  const withMedia = (data: Buffer, contentType: string) => ({
    NumMedia: '1',
    MediaContentType0: contentType,
    MediaUrl0: api.addMedia(data, contentType),
  });
  return {
    channel: 'whatsapp',
    wire(kind, { from, text }) {
      const envelope = { From: `whatsapp:${from}`, MessageSid: sid(kind === 'text' ? 'SM' : 'MM') };
      switch (kind) {
        case 'text':
          return { ...loadTwilioWebhook('twilio-text'), ...envelope, Body: text ?? '' };
        case 'voice':
          return {
            ...loadTwilioWebhook('twilio-voice-note'),
            ...envelope,
            ...withMedia(media.voiceNote, 'audio/ogg'),
          };
        case 'photo':
          return {
            ...loadTwilioWebhook('twilio-image'),
            ...envelope,
            ...withMedia(media.photo, 'image/jpeg'),
            Body: '',
          };
        case 'location':
          return { ...loadTwilioWebhook('twilio-location'), ...envelope };
        case 'contact':
          return {
            ...loadTwilioWebhook('twilio-text'),
            ...envelope,
            Body: '',
            ...withMedia(Buffer.from('BEGIN:VCARD'), 'text/vcard'),
          };
      }
    },
    parse: async (wire) => channel.parseInbound(wire as Record<string, unknown>),
    readMedia: (url) => downloader.download(url, { maxBytes: 16 * 1024 * 1024 }),
    send: (to, message) => channel.sender.send({ to, message }),
    delivered: () =>
      api.messages.map((m) => ({
        to: m.to.replace(/^whatsapp:/, ''),
        ...(m.mediaUrl[0]
          ? { image: { url: m.mediaUrl[0] }, ...(m.body ? { caption: m.body } : {}) }
          : { ...(m.body !== undefined ? { text: m.body } : {}) }),
      })),
    failNextSend: (kind) =>
      kind === 'permanent' ? api.failNext(1, 400, 21211) : api.failNext(1, 500, 20500),
    status(providerMessageId, step) {
      const parsed = channel.parseStatus({ MessageSid: providerMessageId, MessageStatus: step });
      return parsed.ok ? parsed.update : null;
    },
    close: () => api.close(),
  };
}
