import { cancelOrder } from '../../core/services/tickets/cancel-order.js';
import { placeOrder } from '../../core/services/tickets/place-order.js';
import { dispatchFollowUps } from '../../jobs/follow-ups.js';
import { percentile, printTable, startBenchApp } from './bench-app.js';

const EVENT_ID = 'devsummit-2026';
const TIER = 'expo';

/**
 * Seat freed → offer delivered, through the real workers: N people hold one seat each of a sold-out tier and
 * N parties of one wait for it. The holders cancel one after another (every `gapMs`) the way the cancel skill
 * does — cancelOrder commits, then the offer-freed-seats follow-up is queued — and we time each freed seat
 * until an offer with Claim / Pass reaches the (fake) Twilio API. The k-th freed seat is matched with the
 * k-th offer received (one seat each, so each offer carries one freed seat). Goal: < 1 s.
 */
export async function benchWaitlist(opts: { out: NodeJS.WritableStream; entries?: number; gapMs?: number }) {
  const n = opts.entries ?? 200;
  const gapMs = opts.gapMs ?? 10;
  const app = await startBenchApp();
  const em = app.deps.db.em;
  const sql = <T>(query: string, params: unknown[] = []) => em.fork().execute<T[]>(query, params);
  try {
    const [tier] = await sql<{ id: string }>(
      'update ticket_tiers set capacity = ?, sold = 0, held = 0 where event_id = ? and code = ? returning id',
      [n, EVENT_ID, TIER],
    );
    const tierId = tier!.id;
    const holders = await people(sql, n, '+1555081');
    const waiters = await people(sql, n, '+1555082');
    const orders: { orderId: string; contactId: string }[] = [];
    for (const h of holders) {
      const r = await em.fork().transactional((tx) =>
        placeOrder(tx, {
          eventId: EVENT_ID,
          tierCode: TIER,
          contactId: h,
          quantity: 1,
          idempotencyKey: `bench-${h}`,
          seatsFrom: 'capacity',
          now: new Date(),
        }),
      );
      if (!r.ok) throw new Error(`holder could not book: ${r.reason}`);
      orders.push({ orderId: r.orderId, contactId: h });
    }
    // Parties of one, in join order.
    for (const w of waiters) {
      await sql(
        `insert into waitlists (id, event_id, tier_id, contact_id, party_size, priority, status, joined_at, updated_at)
         values (gen_random_uuid(), ?, ?, ?, 1, 0, 'waiting', clock_timestamp(), clock_timestamp())`,
        [EVENT_ID, tierId, w],
      );
    }
    app.twilioApi.reset();

    const freedAt: number[] = [];
    const started = performance.now();
    for (const [i, o] of orders.entries()) {
      const due = started + i * gapMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const cancelled = await em.fork().transactional((tx) => cancelOrder(tx, { ...o, now: new Date() }));
      if (!cancelled.ok) throw new Error(`cancel failed: ${cancelled.reason}`);
      freedAt.push(performance.now());
      await dispatchFollowUps(app.deps.queues, [{ kind: 'offer-freed-seats', tierId }]);
    }
    const offers = await app.twilioApi.waitForMessages(n, 60_000);
    const offerMessages = offers.filter((m) => m.body?.includes('Claim'));
    const received = offerMessages.map((m) => m.receivedAt).sort((a, b) => a - b);
    const latencies = received.map((at, k) => at - freedAt[k]!).sort((a, b) => a - b);

    // Exactly once: no person offered twice, no more seats offered than were freed, never over capacity.
    const recipients = new Set(offerMessages.map((m) => m.to));
    const [seats] = await sql<{
      offered: number;
      entries: number;
      sold: number;
      held: number;
      capacity: number;
    }>(
      `select (select coalesce(sum(seats), 0)::int from waitlist_promotions where tier_id = ?) as offered,
              (select count(distinct entry_id)::int from waitlist_promotions where tier_id = ?) as entries,
              sold, held, capacity from ticket_tiers where id = ?`,
      [tierId, tierId, tierId],
    );
    const doubleOffers =
      offerMessages.length -
      recipients.size +
      Math.max(0, seats!.offered - n) +
      (seats!.offered - seats!.entries);
    const figures = {
      offers: offerMessages.length,
      double_offers: doubleOffers,
      offer_p50_ms: percentile(latencies, 50),
      offer_p99_ms: percentile(latencies, 99),
    };
    printTable(opts.out, `waitlist: ${n} parties waiting, ${n} cancellations one every ${gapMs} ms`, {
      ...figures,
      offer_max_ms: latencies.at(-1) ?? Number.NaN,
      seats_freed: n,
      seats_offered: seats!.offered,
      'sold + held ≤ capacity': seats!.sold + seats!.held <= seats!.capacity ? 'yes' : 'NO',
    });
    return figures;
  } finally {
    await app.deps.queues.waitlist.obliterate({ force: true }).catch(() => {});
    await app.close();
  }
}

/** `count` contacts who wrote to us on WhatsApp a minute ago (inside the 24-hour window); their ids. */
async function people(
  sql: <T>(query: string, params?: unknown[]) => Promise<T[]>,
  count: number,
  prefix: string,
): Promise<string[]> {
  const rows = await sql<{ id: string; phone: string }>(
    `insert into contacts (id, phone, opted_out, last_inbound_at, created_at)
     select gen_random_uuid(), ? || lpad(i::text, 4, '0'), false, now() - interval '1 minute', now()
       from generate_series(1, ?) as i
     returning id, phone`,
    [prefix, count],
  );
  await sql(
    `insert into messages (id, direction, channel, address, contact_id, kind, body, payload, status, handled_at,
       created_at, updated_at)
     select gen_random_uuid(), 'in', 'whatsapp', phone, id, 'text', 'hi', '{}', 'handled', now(), now(), now()
       from contacts where phone like ? || '%'`,
    [prefix],
  );
  return rows.map((r) => r.id);
}
