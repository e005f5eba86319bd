import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWhatsAppWebGateway, type WhatsAppWebGateway } from '../../bots/whatsapp-web.js';
import { FakeWebClient, fakeWebMessage, type SentByFake } from '../contracts/fake-whatsapp-web-client.js';
import { eventually } from '../support/eventually.js';
import { facePhoto } from '../support/face-fixtures.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { ticketHolder } from '../support/ticket-holder.js';

/**
 * Selfie check-in over WhatsApp Web: the gateway downloads the photo through the (fake) library client,
 * holds it in the transient media store, and the real worker and face engine read it — no Twilio involved.
 */
const EVENT_ID = 'devsummit-2026';

let app: TestApp;
let gateway: WhatsAppWebGateway;
const client = new FakeWebClient();

beforeAll(async () => {
  app = await startTestApp();
  await app.deps.db.em
    .fork()
    .execute(
      `update events set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 day' where id = ?`,
      [EVENT_ID],
    );
  gateway = startWhatsAppWebGateway(app.deps, {
    makeClient: () => client,
    loadMedia: async () => {
      throw new Error('no images are sent in this test');
    },
    pacing: { perChatMs: 0, perMinute: 6000 },
  });
  await eventually(async () => gateway.state().state === 'connected', 5_000, 'connected');
});
afterAll(async () => {
  await gateway?.close();
  await app?.close();
});

async function send(phone: string, fields: Omit<Parameters<typeof fakeWebMessage>[0], 'from'>) {
  const chatId = `${phone.replace(/^\+/, '')}@c.us`;
  const before = client.sent.filter((s) => s.chatId === chatId).length;
  client.emit('message', fakeWebMessage({ from: chatId, ...fields }));
  const [reply] = await eventually<SentByFake[]>(
    async () => {
      const replies = client.sent.filter((s) => s.chatId === chatId).slice(before);
      return replies.length > 0 ? replies : undefined;
    },
    30_000,
    'a reply',
  );
  return typeof reply?.content === 'string' ? reply.content : '';
}

const photo = (name: 'obama' | 'obama2') => ({
  type: 'image',
  media: { mimetype: 'image/jpeg', data: facePhoto(name).toString('base64') },
});

describe('selfie check-in over WhatsApp Web', () => {
  it('consents by number, enrols with a photo, and checks in with a second photo', async () => {
    const phone = '+15550199101';
    const [reference] = await ticketHolder(app, { eventId: EVENT_ID, phone, count: 1 });
    expect(await send(phone, { type: 'chat', body: 'selfie check-in' })).toMatch(
      /1\. Yes, I agree\n2\. No, QR only/,
    );
    expect(await send(phone, { type: 'chat', body: '1' })).toMatch(/^Thanks! Now send me a selfie/);
    expect(await send(phone, photo('obama'))).toMatch(/^You're enrolled ✅/);
    expect(await send(phone, photo('obama2'))).toContain(`You're checked in (ticket ${reference})`);
    const logs = await app.deps.db.em
      .fork()
      .execute<{ method: string }[]>(
        'select l.method from check_in_logs l join tickets k on k.id = l.ticket_id where k.reference = ?',
        [reference],
      );
    expect(logs).toEqual([{ method: 'selfie' }]);
  });
});
