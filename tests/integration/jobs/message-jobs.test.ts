import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../core/router/skill.js';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { KEEP_FINISHED_ID } from '../../../jobs/create-queues.js';
import { deliveryJob } from '../../../jobs/delivery.job.js';
import { faceDataExpiryJob } from '../../../jobs/face-data-expiry.job.js';
import { inboundJob } from '../../../jobs/inbound.job.js';
import { reservationExpiryJob } from '../../../jobs/reservation-expiry.job.js';
import { sweeperJob } from '../../../jobs/sweeper.job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../../support/start-test-app.js';
import { storeWhatsAppText } from '../../support/stored-inbound.js';

const EVENT_ID = 'devsummit-2026';
const ALICE = '+15550100101';
const BOB = '+15550100102';

let app: TestApp;
beforeAll(async () => {
  // No workers: each test runs the one job it is about on a worker of its own.
  app = await startTestApp({ workers: false });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});
let jobs: JobHarness;
beforeEach(() => {
  jobs = startJobHarness();
  app.twilioApi.reset();
});
afterEach(async () => {
  await jobs.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const stored = (from: string, text: string) => storeWhatsAppText(app, from, text);

const inboundDeps = (followUps: FollowUp[][] = []) => ({
  pipeline: app.deps.pipeline,
  queues: jobs.queues,
  dispatchFollowUps: async (asked: FollowUp[]) => {
    followUps.push(asked);
  },
});

async function queuedDeliveries(): Promise<string[][]> {
  return (await jobs.queued('delivery')).map((job) => (job.data as { outboxIds: string[] }).outboxIds);
}

describe('inbound job', () => {
  it('handles a stored message and queues its replies for delivery (job id: the message id)', async () => {
    const { messageId } = await stored(ALICE, "what's the wifi password?");
    expect(await jobs.run(inboundJob, inboundDeps(), { messageId })).toEqual({ replies: 1 });
    const [outboxIds] = await queuedDeliveries();
    const [reply] = await sql<{ body: string }>(
      'select m.body from outbox o join messages m on m.id = o.message_id where o.id = ?',
      [outboxIds![0]],
    );
    expect(reply?.body).toContain('lisbon2026');
    // Delivery is a job of its own: nothing was sent yet.
    expect(app.twilioApi.messages).toHaveLength(0);
    // The id outlives the job a while, so a sweep that read the row just before cannot run it again.
    expect(inboundJob.bulkEntry({ messageId }).opts).toEqual({
      jobId: messageId,
      removeOnComplete: KEEP_FINISHED_ID,
    });
  });
});

describe('delivery job', () => {
  it('sends a reply’s messages through the channel, in the order they were written', async () => {
    const { messageId } = await stored(BOB, 'hi');
    await jobs.run(inboundJob, inboundDeps(), { messageId });
    const [outboxIds] = await queuedDeliveries();
    expect(outboxIds).toHaveLength(2);
    const result = await jobs.run(deliveryJob, { delivery: app.deps.delivery }, { outboxIds: outboxIds! });
    expect(result).toEqual({ outcomes: ['sent', 'sent'] });
    const sent = app.twilioApi.messages;
    expect(sent.map((m) => m.to)).toEqual([`whatsapp:${BOB}`, `whatsapp:${BOB}`]);
    expect(sent[1]?.body).toMatch(/1\. Book tickets/);
  });
});

describe('outbox sweep job', () => {
  it('queues again a stored message whose job was lost', async () => {
    const { messageId } = await stored(ALICE, 'are you there?');
    await sql("update messages set created_at = now() - interval '1 minute' where id = ?", [messageId]);
    const result = await jobs.run(sweeperJob, { em: app.deps.db.em, queues: jobs.queues }, {});
    expect(result).toMatchObject({ inbound: 1 });
    expect((await jobs.queued('inbound')).map((job) => job.id)).toEqual([messageId]);
  });
});

describe('reservation expiry job', () => {
  it('releases an unpaid reservation after its hold, queues the notice and offers the seats on', async () => {
    const [alice] = await sql<{ id: string }>('select id from contacts where phone = ?', [ALICE]);
    const placed = await placeOrder(app.deps.db.em.fork(), {
      eventId: EVENT_ID,
      tierCode: 'vip',
      contactId: alice!.id,
      quantity: 2,
      idempotencyKey: randomUUID(),
      seatsFrom: 'capacity',
      now: new Date(),
    });
    expect(placed.ok).toBe(true);
    const later = new Date(Date.now() + 16 * 60_000);
    const deps = { em: app.deps.db.em, queues: jobs.queues, clock: () => later };
    expect(await jobs.run(reservationExpiryJob, deps, {})).toEqual({ orders: 1, seats: 2 });
    expect(await queuedDeliveries()).toHaveLength(1);
    expect((await jobs.queued('waitlist')).map((job) => job.name)).toEqual(['offer-freed-seats']);
    expect(await jobs.run(reservationExpiryJob, deps, {})).toEqual({ orders: 0, seats: 0 });
  });
});

describe('face data expiry job', () => {
  it('deletes face data past its retention, audits the count and reports it', async () => {
    const [bob] = await sql<{ id: string }>('select id from contacts where phone = ?', [BOB]);
    await sql(
      `insert into facial_recognition_data (id, event_id, contact_id, consent_given, consent_date, expires_at,
         created_at, updated_at)
       values (gen_random_uuid(), ?, ?, true, now(), now() - interval '1 minute', now(), now())`,
      [EVENT_ID, bob!.id],
    );
    const expired: number[] = [];
    const deps = {
      em: app.deps.db.em,
      clock: () => new Date(),
      onExpired: (rows: number) => expired.push(rows),
    };
    expect(await jobs.run(faceDataExpiryJob, deps, {})).toEqual({ rows: 1 });
    expect(expired).toEqual([1]);
    const audit = await sql<{ details: { rows: number } }>(
      "select details from audit_log where action = 'face.expired' and event_id = ?",
      [EVENT_ID],
    );
    expect(audit.map((a) => a.details)).toEqual([{ rows: 1 }]);
    expect(await jobs.run(faceDataExpiryJob, deps, {})).toEqual({ rows: 0 });
  });
});
