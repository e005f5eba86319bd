import { StripeGateway } from '../../adapters/providers/payments/stripe-gateway.js';
import { openCheckout } from '../../core/payments/open-checkout.js';
import { STRIPE_HOLD_MINUTES } from '../../core/services/payments/payment-mode.js';
import { prepareCheckout } from '../../core/services/payments/prepare-checkout.js';
import { placeOrder } from '../../core/services/tickets/place-order.js';
import type { Db } from '../../db/orm.js';
import { startFakeStripeApi } from '../../tests/fakes/fake-stripe-api.js';
import { percentile } from './bench-app.js';

const EVENT_ID = 'devsummit-2026';
const TIER = 'general';
const NOW = new Date('2026-11-23T12:00:00Z');
const SECRET = 'sk_test_bench_key';

/**
 * The booking race on a paid tier with Stripe on, against the local fake of Stripe's API: each attempt books
 * as Confirm does (placeOrder, then the order's charge row in the same transaction), and every order that got
 * seats has its Checkout Session opened as the job does (the real `stripe` client, outside the transaction).
 */
export async function benchStripePath(
  db: Db,
  people: string[],
  opts: { raceAttempts: number; raceSeats: number; attempts: number; capacity: number; concurrency: number },
  runAtConcurrency: <T>(total: number, concurrency: number, work: () => Promise<T>) => Promise<T[]>,
) {
  const stripeApi = await startFakeStripeApi({ secretKey: SECRET, clock: () => NOW });
  const gateway = new StripeGateway({ secretKey: SECRET, apiBaseUrl: stripeApi.url });
  try {
    let next = 0;
    const book = async () => {
      const contactId = people[next++]!;
      const started = performance.now();
      const orderId = await db.em.fork().transactional(async (tx) => {
        const placed = await placeOrder(tx, {
          eventId: EVENT_ID,
          tierCode: TIER,
          contactId,
          quantity: 1,
          idempotencyKey: `bench-stripe-${contactId}`,
          seatsFrom: 'capacity',
          holdMinutes: STRIPE_HOLD_MINUTES,
          now: NOW,
        });
        if (!placed.ok) return null;
        await prepareCheckout(tx, { orderId: placed.orderId, now: NOW });
        return placed.orderId;
      });
      return { orderId, ms: performance.now() - started };
    };
    const link = async (orderId: string) => {
      const started = performance.now();
      await openCheckout({ em: db.em, gateway, clock: () => NOW }, orderId);
      return performance.now() - started;
    };

    await setTier(db, opts.capacity + 1000, 0);
    await runAtConcurrency(100, opts.concurrency, book);

    await setTier(db, 500, 500 - opts.raceSeats);
    const race = await Promise.all(Array.from({ length: opts.raceAttempts }, book));
    const won = race.flatMap((r) => (r.orderId ? [r.orderId] : []));
    const sessionsBefore = stripeApi.sessions.length;
    await Promise.all(won.map(link));
    const raceSessions = stripeApi.sessions.length - sessionsBefore;

    await setTier(db, opts.capacity, 0);
    const started = performance.now();
    const timings = await runAtConcurrency(opts.attempts, opts.concurrency, book);
    const seconds = (performance.now() - started) / 1000;
    const held = (await tierState(db)).held;
    const latencies = timings.map((t) => t.ms).sort((a, b) => a - b);
    const orders = timings.flatMap((t) => (t.orderId ? [t.orderId] : []));
    const linkTimes = (
      await runAtConcurrency(Math.min(orders.length, 300), opts.concurrency, () => link(orders.pop()!))
    ).sort((a, b) => a - b);
    return {
      stripe_race_reserved: won.length,
      stripe_race_sessions: raceSessions,
      stripe_attempts: opts.attempts,
      stripe_reserved: held,
      stripe_bookings_per_s: held / seconds,
      stripe_p50_ms: percentile(latencies, 50),
      stripe_p99_ms: percentile(latencies, 99),
      checkout_link_p50_ms: percentile(linkTimes, 50),
      checkout_link_p99_ms: percentile(linkTimes, 99),
    };
  } finally {
    await stripeApi.close();
  }
}

async function setTier(db: Db, capacity: number, sold: number) {
  await db.em
    .fork()
    .execute(
      'update ticket_tiers set capacity = ?, sold = ?, held = 0, max_per_order = 5 where event_id = ? and code = ?',
      [capacity, sold, EVENT_ID, TIER],
    );
}

async function tierState(db: Db): Promise<{ held: number }> {
  const [row] = await db.em
    .fork()
    .execute<{ held: number }[]>('select held from ticket_tiers where event_id = ? and code = ?', [
      EVENT_ID,
      TIER,
    ]);
  return row!;
}
