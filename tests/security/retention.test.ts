import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordInbound } from '../../core/pipeline/record-inbound.js';
import { applyRetention } from '../../core/services/retention/apply-retention.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid } from '../support/twilio-client.js';

/**
 * Issue 15, "Also": the data-lifecycle table applied by a scheduled job — booking attempts deleted after 90
 * days, waiting-list offers 6 months after the event, what people wrote blanked 30 days after the event —
 * idempotent, with an audit row of the counts. The demo event ends on 11 December 2026.
 */
const EVENT = 'devsummit-2026';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(() => app?.close());

const sql = <T = unknown>(query: string, params: unknown[] = []) =>
  app.deps.db.em.fork().execute<T[]>(query, params);
const count = async (query: string, params: unknown[] = []) =>
  (await sql<{ n: number }>(`select count(*)::int as n from ${query}`, params))[0]!.n;

async function seed() {
  await sql(
    `insert into booking_attempts (id, event_id, outcome, reason, created_at) values
       (gen_random_uuid(), ?, 'rejected', 'sold_out', '2026-10-01T00:00:00Z'),
       (gen_random_uuid(), ?, 'booked', 'ok', '2026-12-01T00:00:00Z')`,
    [EVENT, EVENT],
  );
  const [tier] = await sql<{ id: string }>('select id from ticket_tiers where event_id = ? limit 1', [EVENT]);
  const [contact] = await sql<{ id: string }>('select id from contacts limit 1');
  const [entry] = await sql<{ id: string }>(
    `insert into waitlists (id, event_id, tier_id, contact_id, party_size, status, joined_at, updated_at)
     values (gen_random_uuid(), ?, ?, ?, 1, 'expired', now(), now()) returning id`,
    [EVENT, tier!.id, contact!.id],
  );
  await sql(
    `insert into waitlist_promotions (id, entry_id, tier_id, seats, status, expires_at, created_at)
     values (gen_random_uuid(), ?, ?, 1, 'expired', '2026-12-08T00:00:00Z', '2026-12-07T00:00:00Z')`,
    [entry!.id, tier!.id],
  );
  for (const [text, eventId] of [
    ['my passport number is X123', EVENT],
    ['no event here', undefined],
  ] as const) {
    await recordInbound(app.deps.db.em.fork(), {
      channel: 'whatsapp',
      kind: 'text',
      providerMessageId: newMessageSid(),
      from: '+15550108301',
      text,
      ...(eventId ? { eventId } : {}),
      receivedAt: new Date('2026-12-10T10:00:00Z'),
      raw: { Body: text },
    });
  }
  await sql(
    `update messages set transcript = '{"text":"spoken words"}' where body = 'my passport number is X123'`,
  );
}

describe('retention', () => {
  it('keeps everything inside its window', async () => {
    await seed();
    const outcome = await applyRetention(app.deps.db.em.fork(), new Date('2026-12-20T00:00:00Z'), {
      messageDays: 30,
    });
    expect(outcome).toEqual({ bookingAttempts: 0, waitlistPromotions: 0, messages: 0 });
    expect(await count("audit_log where action = 'retention.applied'")).toBe(0);
  });

  it('deletes and blanks what is past it, once, with an audit row of the counts', async () => {
    const run = (now: string) => applyRetention(app.deps.db.em.fork(), new Date(now), { messageDays: 30 });
    expect(await run('2027-01-15T00:00:00Z')).toEqual({
      bookingAttempts: 1,
      waitlistPromotions: 0,
      messages: 2,
    });
    expect(await count("messages where body like '%passport%' or body = 'no event here'")).toBe(0);
    expect(await count("messages where payload::text like '%passport%' or transcript is not null")).toBe(0);
    expect(await count('booking_attempts')).toBe(1);

    expect(await run('2027-07-01T00:00:00Z')).toEqual({
      bookingAttempts: 1,
      waitlistPromotions: 1,
      messages: 0,
    });
    expect(await run('2027-07-01T00:00:00Z')).toEqual({
      bookingAttempts: 0,
      waitlistPromotions: 0,
      messages: 0,
    });
    const audits = await sql<{ details: Record<string, number> }>(
      "select details from audit_log where action = 'retention.applied' order by created_at",
    );
    expect(audits.map((a) => a.details)).toEqual([
      { bookingAttempts: 1, waitlistPromotions: 0, messages: 2, messageDays: 30 },
      { bookingAttempts: 1, waitlistPromotions: 1, messages: 0, messageDays: 30 },
    ]);
  });
});
