import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPriceSchedules } from '../../../core/services/pricing/apply-price-schedules.js';
import { changePrice } from '../../../core/services/pricing/change-price.js';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import {
  BEFORE_EVENT,
  EVENT_ID,
  startTicketDatabase,
  type TicketDatabase,
} from '../tickets/ticket-database.js';

/** Issue 17, prices with history: the early bird ends on time (fixed clock), once, recorded; orders keep theirs. */
let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase();
});
afterAll(async () => {
  await t?.close();
});

const EARLY_BIRD_ENDS = new Date('2026-11-01T00:00:00Z');
const history = (code: string) =>
  t.sql<{ old_price_cents: number; new_price_cents: number; applied_by: string; reason: string | null }>(
    `select h.old_price_cents, h.new_price_cents, h.applied_by, h.reason from pricing_history h
       join ticket_tiers t on t.id = h.tier_id where t.code = ? order by h.applied_at`,
    [code],
  );
const priceOf = async (code: string) =>
  (await t.sql<{ price_cents: number }>('select price_cents from ticket_tiers where code = ?', [code]))[0]!
    .price_cents;

describe('scheduled prices', () => {
  it('ends the early bird at its time, with one history row, however often the job runs', async () => {
    await t.sql(
      `update ticket_tiers set price_cents = 39900, price_schedule = ?::jsonb where event_id = ? and code = 'general'`,
      [
        JSON.stringify({
          phases: [{ until: EARLY_BIRD_ENDS.toISOString(), priceCents: 39900 }],
          afterCents: 49900,
        }),
        EVENT_ID,
      ],
    );
    const justBefore = new Date(EARLY_BIRD_ENDS.getTime() - 1000);
    expect(await t.db.em.fork().transactional((tx) => applyPriceSchedules(tx, justBefore))).toEqual([]);
    expect(await priceOf('general')).toBe(39900);

    const runs = await Promise.all(
      [0, 1, 2].map(() => t.db.em.fork().transactional((tx) => applyPriceSchedules(tx, EARLY_BIRD_ENDS))),
    );
    expect(runs.flat()).toHaveLength(1);
    expect(await priceOf('general')).toBe(49900);
    expect(await history('general')).toEqual([
      {
        old_price_cents: 39900,
        new_price_cents: 49900,
        applied_by: 'schedule',
        reason: 'scheduled phase ended',
      },
    ]);
    const later = new Date(EARLY_BIRD_ENDS.getTime() + 3_600_000);
    expect(await t.db.em.fork().transactional((tx) => applyPriceSchedules(tx, later))).toEqual([]);
    expect(await history('general')).toHaveLength(1);
  });

  it('a price change never alters an existing order or a live reservation, and a stale Confirm books nothing', async () => {
    const [contactId, other] = await t.contacts(2);
    const placed = await placeOrder(t.db.em.fork(), {
      eventId: EVENT_ID,
      tierCode: 'vip',
      contactId: contactId!,
      quantity: 1,
      idempotencyKey: `price-test-${contactId}`,
      seatsFrom: 'capacity',
      now: BEFORE_EVENT,
    });
    expect(placed.ok && placed.unitPriceCents).toBe(49900);
    const [{ id: tierId } = { id: '' }] = await t.sql<{ id: string }>(
      "select id from ticket_tiers where code = 'vip'",
    );
    const change = await t.db.em.fork().transactional((tx) =>
      changePrice(tx, {
        tierId,
        newPriceCents: 54900,
        reason: 'demand',
        appliedBy: 'slack:U0ORG0001',
        now: BEFORE_EVENT,
      }),
    );
    expect(change).toMatchObject({ changed: true, oldPriceCents: 49900, newPriceCents: 54900 });
    const [order] = await t.sql<{ unit_price_cents: number; total_cents: number }>(
      'select unit_price_cents, total_cents from orders where id = ?',
      [placed.ok ? placed.orderId : ''],
    );
    expect(order).toEqual({ unit_price_cents: 49900, total_cents: 49900 });

    // Someone who saw €499 and confirms now is refused, and nothing is booked for them.
    const stale = await placeOrder(t.db.em.fork(), {
      eventId: EVENT_ID,
      tierCode: 'vip',
      contactId: other!,
      quantity: 1,
      idempotencyKey: `price-test-${other}`,
      seatsFrom: 'capacity',
      expectedUnitPriceCents: 49900,
      now: BEFORE_EVENT,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'price_changed' });
    expect(await t.sql('select id from orders where contact_id = ?', [other])).toEqual([]);
  });
});
