import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVATIONS_QUEUE, runReservationExpiry } from '../../../jobs/reservation-expiry.job.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../../support/start-test-app.js';
import { postTwilio, whatsappText } from '../../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function say(from: string, body: string, count = 1) {
  app.twilioApi.reset();
  expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body))).status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
}

describe('reservation expiry', () => {
  it('releases an unpaid reservation after its hold, tells the person, and refuses the late payment', async () => {
    const phone = '+15550178001';
    await say(phone, '3 VIP tickets');
    const [reserved] = await say(phone, '1');
    expect(reserved?.body).toMatch(/Reserved: 3 tickets/);
    const vip = async () =>
      (
        await sql<{ held: number; sold: number }>("select held, sold from ticket_tiers where code = 'vip'")
      )[0];
    expect(await vip()).toEqual({ held: 3, sold: 0 });

    const soon = await runReservationExpiry({
      em: app.deps.db.em,
      queues: app.deps.queues,
      clock: () => new Date(Date.now() + 14 * 60_000),
    });
    expect(soon).toEqual({ orders: 0, seats: 0 });

    app.twilioApi.reset();
    const late = await runReservationExpiry({
      em: app.deps.db.em,
      queues: app.deps.queues,
      clock: () => new Date(Date.now() + 16 * 60_000),
    });
    expect(late).toEqual({ orders: 1, seats: 3 });
    expect(await vip()).toEqual({ held: 0, sold: 0 });
    const [notice] = await app.twilioApi.waitForMessages(1, 10_000);
    expect(notice?.to).toBe(`whatsapp:${phone}`);
    expect(notice?.body).toMatch(/wasn't paid in time, so I've released the seats/);
    const [order] = await sql<{ status: string; valid: number }>(
      `select o.status, (select count(*)::int from tickets t where t.order_id = o.id and t.status = 'valid') as valid
         from orders o join contacts c on c.id = o.contact_id where c.phone = ?`,
      [phone],
    );
    expect(order).toEqual({ status: 'expired', valid: 0 });

    // "Pay now" on the old reservation message: the order id is in the button, the payment is refused.
    const [orderRow] = await sql<{ id: string }>(
      'select o.id from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    app.twilioApi.reset();
    const tap = {
      ...whatsappText(phone, 'Pay now'),
      ButtonPayload: `act:pay-order:${orderRow!.id}`,
      ButtonText: 'Pay now',
    };
    expect((await postTwilio(app.baseUrl, INBOUND, tap)).status).toBe(200);
    const [refused] = await app.twilioApi.waitForMessages(1, 10_000);
    expect(refused?.body).toMatch(/ran out before payment, so its seats went back on sale/);
    const [payments] = await sql<{ n: number }>(
      'select count(*)::int as n from payments where order_id = ?',
      [orderRow!.id],
    );
    expect(payments?.n).toBe(0);
  });

  it('runs on a schedule in the worker', async () => {
    const queue = new Queue(RESERVATIONS_QUEUE, {
      connection: app.deps.workerConnection(),
      prefix: app.deps.config.queuePrefix,
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toContain('expire-reservations');
    } finally {
      await queue.close();
    }
  });
});
