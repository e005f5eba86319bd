import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelOrder } from '../../../core/services/tickets/cancel-order.js';
import { type PlaceOrderInput, placeOrder } from '../../../core/services/tickets/place-order.js';
import {
  keepDemoEventOnSale,
  PUBLIC_BASE_URL,
  startTestApp,
  type TestApp,
} from '../../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const local = (url: string) => url.replace(PUBLIC_BASE_URL, app.baseUrl);
const qrUrl = (reference: string) => local(app.deps.skillDeps.links.ticketQrUrl(reference));

async function book(tierCode: string, quantity = 1) {
  const [contact] = await app.deps.db.em
    .fork()
    .execute<{ id: string }[]>(
      'insert into contacts (id, opted_out, created_at) values (gen_random_uuid(), false, now()) returning id',
    );
  const input: PlaceOrderInput = {
    eventId: 'devsummit-2026',
    tierCode,
    contactId: contact!.id,
    quantity,
    idempotencyKey: `qr-${Math.random()}`,
    seatsFrom: 'capacity',
    now: new Date(),
  };
  const result = await app.deps.db.em.fork().transactional((em) => placeOrder(em, input));
  if (!result.ok) throw new Error(result.reason);
  return { ...result, contactId: contact!.id };
}

describe('GET /media/tickets/:reference.png', () => {
  it("serves a 512-pixel PNG QR code of a valid ticket's reference, cacheable", async () => {
    const order = await book('expo');
    const res = await fetch(qrUrl(order.tickets[0]!.reference));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(512); // IHDR width
  });

  it('refuses a forged or missing signature with 403', async () => {
    const order = await book('expo');
    const reference = order.tickets[0]!.reference;
    const forged = qrUrl(reference).replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(forged)).status).toBe(403);
    expect((await fetch(qrUrl(reference).replace(/\?sig=.*/, ''))).status).toBe(403);
    // A valid signature for one reference does not open another.
    const other = (await book('expo')).tickets[0]!.reference;
    const swapped = qrUrl(reference).replace(encodeURIComponent(reference), encodeURIComponent(other));
    expect((await fetch(swapped)).status).toBe(403);
  });

  it('answers 404 for unknown, cancelled and not-yet-paid tickets', async () => {
    expect((await fetch(qrUrl('DS26-0000-0000'))).status).toBe(404);
    const order = await book('expo');
    await app.deps.db.em
      .fork()
      .transactional((em) =>
        cancelOrder(em, { orderId: order.orderId, contactId: order.contactId, now: new Date() }),
      );
    expect((await fetch(qrUrl(order.tickets[0]!.reference))).status).toBe(404);
    const unpaid = await book('vip');
    expect(unpaid.status).toBe('reserved');
    expect((await fetch(qrUrl(unpaid.tickets[0]!.reference))).status).toBe(404);
  });
});
