import { expect } from 'vitest';
import { cancelOrder } from '../../core/services/tickets/cancel-order.js';
import { placeOrder } from '../../core/services/tickets/place-order.js';
import { dispatchFollowUps } from '../../jobs/follow-ups.js';
import type { TestApp } from './start-test-app.js';

const EVENT_ID = 'devsummit-2026';

export interface SeatHolder {
  tierId: string;
  orderId: string;
  holderId: string;
}

/** A sold-out tier: capacity lowered to what one holder has booked. Returns the holder's order to cancel. */
export async function soldOutTo(app: TestApp, tierCode: string, seats: number): Promise<SeatHolder> {
  const sql = <T>(query: string, params: unknown[]) => app.deps.db.em.fork().execute<T[]>(query, params);
  const [tier] = await sql<{ id: string }>(
    'update ticket_tiers set capacity = ?, sold = 0, held = 0 where event_id = ? and code = ? returning id',
    [seats, EVENT_ID, tierCode],
  );
  const [holder] = await sql<{ id: string }>(
    `insert into contacts (id, phone, opted_out, created_at) values (gen_random_uuid(), ?, false, now()) returning id`,
    [`+1555099${Math.floor(Math.random() * 10_000)}`],
  );
  const order = await app.deps.db.em.fork().transactional((em) =>
    placeOrder(em, {
      eventId: EVENT_ID,
      tierCode,
      contactId: holder!.id,
      quantity: seats,
      idempotencyKey: `holder-${holder!.id}`,
      seatsFrom: 'capacity',
      now: new Date(),
    }),
  );
  if (!order.ok) throw new Error(`holder could not book: ${order.reason}`);
  return { tierId: tier!.id, orderId: order.orderId, holderId: holder!.id };
}

/** The holder cancels, as the cancel skill does it: the cancellation, then the offer-freed-seats follow-up. */
export async function holderCancels(app: TestApp, h: SeatHolder): Promise<void> {
  const result = await app.deps.db.em
    .fork()
    .transactional((em) => cancelOrder(em, { orderId: h.orderId, contactId: h.holderId, now: new Date() }));
  expect(result.ok).toBe(true);
  await dispatchFollowUps(app.deps.queues, [{ kind: 'offer-freed-seats', tierId: h.tierId }]);
}
