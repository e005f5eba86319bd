import { Redis } from 'ioredis';
import { createWhatsAppWebChannel } from '../../adapters/channels/whatsapp-web/index.js';
import { loadLibraryMedia } from '../../adapters/channels/whatsapp-web/library-client.js';
import { createTransientMediaStore } from '../../adapters/media/transient-media.js';
import { testRedisPrefix, testRedisUrl } from '../setup/test-database.js';
import type { ChannelUnderTest, ContractMedia } from './channel.contract.js';
import { FakeWebClient, fakeWebMessage } from './fake-whatsapp-web-client.js';

const ACKS = { sent: 1, delivered: 2, read: 3, failed: -1 } as const;

/**
 * WhatsApp Web: library `Message` objects in, `sendMessage` on the (fake) library client out. Media goes
 * through the real transient media store on Redis and images are fetched with the library's real
 * `MessageMedia.fromUrl`.
 */
export async function startWhatsAppWebSubject(media: ContractMedia): Promise<ChannelUnderTest> {
  const client = new FakeWebClient();
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  const store = createTransientMediaStore(redis, { prefix: `${testRedisPrefix()}-contract` });
  const channel = createWhatsAppWebChannel({
    client: () => client,
    holdMedia: (data, contentType) => store.hold(data, contentType),
    loadMedia: loadLibraryMedia,
  });
  const b64 = (data: Buffer) => data.toString('base64');
  return {
    channel: 'whatsapp-web',
    wire(kind, { from, text }) {
      const chat = `${from.replace(/^\+/, '')}@c.us`;
      switch (kind) {
        case 'text':
          return fakeWebMessage({ from: chat, type: 'chat', body: text ?? '' });
        case 'voice':
          return fakeWebMessage({
            from: chat,
            type: 'ptt',
            media: { mimetype: 'audio/ogg; codecs=opus', data: b64(media.voiceNote) },
          });
        case 'photo':
          return fakeWebMessage({
            from: chat,
            type: 'image',
            media: { mimetype: 'image/jpeg', data: b64(media.photo) },
          });
        case 'location':
          return fakeWebMessage({ from: chat, type: 'location' });
        case 'contact':
          return fakeWebMessage({ from: chat, type: 'vcard', body: 'BEGIN:VCARD' });
      }
    },
    parse: (wire) => channel.parseInbound(wire as ReturnType<typeof fakeWebMessage>),
    readMedia: (url) => store.downloader.download(url, { maxBytes: 16 * 1024 * 1024 }),
    send: (to, message) => channel.sender.send({ to, message }),
    delivered: () =>
      client.sent.map((s) => ({
        to: `+${s.chatId.replace(/@c\.us$/, '')}`,
        ...(typeof s.content === 'string'
          ? { text: s.content }
          : {
              image: { bytes: Buffer.from(s.content.data, 'base64') },
              ...(s.caption ? { caption: s.caption } : {}),
            }),
      })),
    failNextSend(kind) {
      // The texts whatsapp-web.js throws: an unknown number, and a page that went away mid-send.
      client.failNext(new Error(kind === 'permanent' ? 'No LID for user' : 'Protocol error: Target closed.'));
    },
    status: (providerMessageId, step) =>
      channel.parseAck({ id: { _serialized: providerMessageId } }, ACKS[step]),
    close: async () => {
      redis.disconnect();
    },
  };
}
