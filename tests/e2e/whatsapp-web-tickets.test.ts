import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibraryMedia } from '../../adapters/channels/whatsapp-web/library-client.js';
import { startWhatsAppWebGateway, type WhatsAppWebGateway } from '../../bots/whatsapp-web.js';
import { synthesiseNote } from '../../scripts/voice/synthesise-note.js';
import { FakeWebClient, fakeWebMessage, type SentByFake } from '../contracts/fake-whatsapp-web-client.js';
import { eventually } from '../support/eventually.js';
import { holderCancels, soldOutTo } from '../support/sold-out-tier.js';
import {
  keepDemoEventOnSale,
  PUBLIC_BASE_URL,
  startTestApp,
  type TestApp,
} from '../support/start-test-app.js';

const REFERENCE = /DS26-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

let app: TestApp;
let gateway: WhatsAppWebGateway;
const client = new FakeWebClient();

beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
  gateway = startWhatsAppWebGateway(app.deps, {
    makeClient: () => client,
    // The real MessageMedia.fromUrl, pointed at this test's server instead of the public origin.
    loadMedia: (url) => loadLibraryMedia(url.replace(PUBLIC_BASE_URL, app.baseUrl)),
    pacing: { perChatMs: 0, perMinute: 6000 },
  });
  await eventually(async () => gateway.state().state === 'connected', 5_000, 'connected');
});
afterAll(async () => {
  await gateway?.close();
  await app?.close();
});

/** Writes to the bot from a WhatsApp Web chat and returns the `count` messages it sent back. */
async function say(phone: string, body: string | Buffer, count = 1): Promise<SentByFake[]> {
  const chatId = `${phone.replace(/^\+/, '')}@c.us`;
  const before = client.sent.filter((s) => s.chatId === chatId).length;
  const message =
    typeof body === 'string'
      ? fakeWebMessage({ from: chatId, type: 'chat', body })
      : // A voice note as WhatsApp Web hands it over: type `ptt`, OGG/Opus with its codec parameter.
        fakeWebMessage({
          from: chatId,
          type: 'ptt',
          media: { mimetype: 'audio/ogg; codecs=opus', data: body.toString('base64') },
        });
  client.emit('message', message);
  return eventually(
    async () => {
      const replies = client.sent.filter((s) => s.chatId === chatId).slice(before);
      return replies.length >= count ? replies : undefined;
    },
    15_000,
    `${count} replies to "${body}"`,
  );
}

const texts = (sent: SentByFake[]) => sent.flatMap((s) => (typeof s.content === 'string' ? [s.content] : []));
const images = (sent: SentByFake[]) =>
  sent.flatMap((s) => (typeof s.content === 'string' ? [] : [s.content]));

describe('booking tickets over WhatsApp Web', () => {
  it('books 2 VIP tickets by numbered replies and sends both QR codes as images', async () => {
    const phone = '+15550177101';
    const [summary] = texts(await say(phone, '2 VIP tickets'));
    expect(summary).toContain('2 × VIP at €499.00 = €998.00');
    expect(summary).toMatch(/1\. Confirm\n2\. Cancel/);

    const [reserved] = texts(await say(phone, '1'));
    expect(reserved).toMatch(/Reserved: 2 tickets, VIP — order DS26-/);

    const paid = await say(phone, '1', 3);
    const [confirmation] = texts(paid);
    expect(confirmation).toContain('Payment recorded');
    expect(confirmation?.match(REFERENCE) ?? []).toHaveLength(3);
    const qr = images(paid);
    expect(qr).toHaveLength(2);
    for (const image of qr) {
      expect(image.mimetype).toBe('image/png');
      expect(Buffer.from(image.data, 'base64').subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    }
    const [order] = await app.deps.db.em
      .fork()
      .execute<{ status: string }[]>(
        'select o.status from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
        [phone],
      );
    expect(order?.status).toBe('confirmed');
  });

  it('hears a voice note (ptt) and carries on by number, as on Twilio', async () => {
    const phone = '+15550177102';
    const [heard, summary] = texts(await say(phone, synthesiseNote('book two VIP tickets'), 2));
    expect(heard).toBe('🎤 I heard: “book two vip tickets”');
    expect(summary).toContain('2 × VIP at €499.00 = €998.00');
    const [reserved] = texts(await say(phone, '1'));
    expect(reserved).toMatch(/Reserved: 2 tickets, VIP/);
  });
});

describe('a waiting list over WhatsApp Web', () => {
  it('joins a sold-out tier, gets the offer through the gateway when a seat frees up, and claims it with "1"', async () => {
    const phone = '+15550177103';
    const chatId = '15550177103@c.us';
    const holder = await soldOutTo(app, 'expo', 1);
    const [asked] = texts(await say(phone, 'put me on the waiting list for the expo pass'));
    expect(asked).toMatch(/How many people/);
    const [joined] = texts(await say(phone, '1'));
    expect(joined).toMatch(/You're on the Expo Pass waiting list/);

    const before = client.sent.filter((s) => s.chatId === chatId).length;
    await holderCancels(app, holder);
    const [offer] = await eventually(
      async () => {
        const fresh = texts(client.sent.filter((s) => s.chatId === chatId).slice(before));
        return fresh.length > 0 ? fresh : undefined;
      },
      15_000,
      'the offer',
    );
    // No templates on WhatsApp Web: the offer arrives as text with numbered choices, answered by number.
    expect(offer).toMatch(/1 seat for Expo Pass/);
    expect(offer).toMatch(/1\. Claim\n2\. Pass/);
    const [claimed] = texts(await say(phone, '1'));
    expect(claimed).toMatch(/You're in/);
    const [entry] = await app.deps.db.em
      .fork()
      .execute<{ status: string }[]>(
        'select w.status from waitlists w join contacts c on c.id = w.contact_id where c.phone = ?',
        [phone],
      );
    expect(entry?.status).toBe('claimed');
  });
});
