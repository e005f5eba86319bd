import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckInMethod, checkInTicket } from '../../../core/services/check-in/check-in-ticket.js';
import { findTicketsToCheckIn } from '../../../core/services/check-in/find-tickets-to-check-in.js';
import { EVENT_ID, startTicketDatabase, type TicketDatabase } from '../tickets/ticket-database.js';

let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function oneTicket(
  reference: string,
  status: 'confirmed' | 'cancelled' = 'confirmed',
): Promise<string> {
  const [contact] = await t.contacts(1);
  const tier = await t.tier('general');
  const [order] = await t.sql<{ id: string }>(
    `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
       currency, status, created_at, confirmed_at)
     values (gen_random_uuid(), ?, ?, ?, ?, 1, 0, 0, 'EUR', ?, now(), now()) returning id`,
    [EVENT_ID, tier.id, contact, `O-${reference}`, status],
  );
  const [ticket] = await t.sql<{ id: string }>(
    `insert into tickets (id, order_id, reference, status, created_at) values (gen_random_uuid(), ?, ?, 'valid', now()) returning id`,
    [order!.id, reference],
  );
  return ticket!.id;
}

describe('checkInTicket', () => {
  it('20 concurrent check-ins of one ticket (selfie, QR and manual): exactly one wins and is logged once', async () => {
    const ticketId = await oneTicket('DS26-RACE-0001');
    const methods: CheckInMethod[] = [
      { method: 'selfie', distance: 0.41, confidence: 0.59 },
      { method: 'qr' },
      { method: 'manual', location: 'Door B' },
    ];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.em
          .fork()
          .transactional((tx) => checkInTicket(tx, EVENT_ID, ticketId, `staff-${i}`, methods[i % 3])),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'already')).toHaveLength(19);
    const logs = await t.sql<{ method: string; checked_in_by: string }>(
      'select method, checked_in_by from check_in_logs where ticket_id = ?',
      [ticketId],
    );
    expect(logs).toHaveLength(1);
    const [ticket] = await t.sql<{ checked_in_by: string }>(
      'select checked_in_by from tickets where id = ?',
      [ticketId],
    );
    expect(logs[0]!.checked_in_by).toBe(ticket!.checked_in_by);
  });

  it('logs how: a selfie with its distance and confidence; a ticket of a cancelled order is not valid', async () => {
    const ticketId = await oneTicket('DS26-RACE-0002');
    expect(
      await checkInTicket(t.db.em.fork(), EVENT_ID, ticketId, 'whatsapp', {
        method: 'selfie',
        distance: 0.339,
        confidence: 0.661,
      }),
    ).toMatchObject({ ok: true, reference: 'DS26-RACE-0002' });
    const [log] = await t.sql<{ method: string; distance: number; confidence_score: number }>(
      'select method, distance, confidence_score from check_in_logs where ticket_id = ?',
      [ticketId],
    );
    expect(log).toEqual({ method: 'selfie', distance: 0.339, confidence_score: 0.661 });

    const cancelled = await oneTicket('DS26-RACE-0003', 'cancelled');
    expect(await checkInTicket(t.db.em.fork(), EVENT_ID, cancelled, 'U1', { method: 'qr' })).toEqual({
      ok: false,
      reason: 'not-valid',
    });
    const [none] = await t.sql<{ n: string }>('select count(*) as n from check_in_logs where ticket_id = ?', [
      cancelled,
    ]);
    expect(none?.n).toBe('0');
  });
});

describe('findTicketsToCheckIn', () => {
  it("finds a ticket by its reference (any case), its holder's phone or part of their name", async () => {
    const ticketId = await oneTicket('DS26-FIND-0001');
    await t.sql(
      `update contacts set phone = '+15550177001', display_name = 'Zoë 100% Quinn'
        where id = (select o.contact_id from orders o join tickets k on k.order_id = o.id where k.id = ?)`,
      [ticketId],
    );
    const found = { ticketId, reference: 'DS26-FIND-0001', holder: 'Zoë 100% Quinn', checkedInAt: null };
    for (const typed of ['ds26-find-0001', '+15550177001', 'zoë 100%', '100% q']) {
      expect(await findTicketsToCheckIn(t.db.em.fork(), EVENT_ID, typed)).toEqual([
        expect.objectContaining(found),
      ]);
    }
    // "%" and "_" are literal characters, not wildcards.
    expect(await findTicketsToCheckIn(t.db.em.fork(), EVENT_ID, 'zoë _00')).toEqual([]);
    await checkInTicket(t.db.em.fork(), EVENT_ID, ticketId, 'U1');
    const [after] = await findTicketsToCheckIn(t.db.em.fork(), EVENT_ID, 'DS26-FIND-0001');
    expect(after?.checkedInAt).toBeInstanceOf(Date);
  });
});
