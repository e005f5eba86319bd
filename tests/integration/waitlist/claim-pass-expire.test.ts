import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/translate.js';
import { refusalText } from '../../../core/replies/ticket-replies.js';
import { cancelOrder } from '../../../core/services/tickets/cancel-order.js';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { claimOffer } from '../../../core/services/waitlist/claim-offer.js';
import { passOffer } from '../../../core/services/waitlist/pass-offer.js';
import { sweepWaitlists } from '../../../jobs/waitlist-sweep.job.js';
import { BEFORE_EVENT, EVENT_ID, minutesAfter } from './waitlist-database.js';
import { useWaitlistDatabase } from './waitlist-suite.js';

const s = useWaitlistDatabase();

const claim = (contactId: string, promotionId: string) =>
  s.t.db.em.fork().transactional((em) => claimOffer(em, { promotionId, contactId, now: s.t.deps.clock() }));
const pass = (contactId: string, promotionId: string) =>
  s.t.db.em.fork().transactional((em) => passOffer(em, { promotionId, contactId, now: s.t.deps.clock() }));

/** A sold-out tier with these parties waiting (in this order), and `freed` seats just come back. */
async function waitingFor(code: string, parties: number[], freed: number) {
  const tierId = await s.t.setTier(code, { capacity: 10, sold: 10 });
  const people = await s.t.people(parties.length);
  for (const [i, size] of parties.entries()) await s.w.join(people[i]!.id, code, size);
  await s.w.free(tierId, freed);
  return { tierId, people };
}

describe('claiming, passing and expiring an offer', () => {
  it('a claim the booking rules refuse (per-person cap) returns the rejection, worded in the person’s language', async () => {
    const { tierId, people } = await waitingFor('vip', [2], 2);
    const person = people[0]!;
    for (const [i, quantity] of [5, 4].entries()) {
      const r = await s.t.db.em.fork().transactional((em) =>
        placeOrder(em, {
          eventId: EVENT_ID,
          tierCode: 'expo',
          contactId: person.id,
          quantity,
          idempotencyKey: `cap-${person.id}-${i}`,
          seatsFrom: 'capacity',
          now: BEFORE_EVENT,
        }),
      );
      if (!r.ok) throw new Error(r.reason);
    }
    const [offer] = await s.w.offer(tierId);
    const result = await claim(person.id, offer!.promotionId);
    expect(result.outcome).toBe('refused');
    if (result.outcome !== 'refused') return;
    expect(result.rejection).toMatchObject({ reason: 'per_person_cap', alreadyHeld: 9 });
    const pt = translator('pt');
    expect(refusalText(result.rejection, 'VIP', pt)).toBe(
      pt('refusal.personCap', { max: 10, held: 9, tier: 'VIP' }),
    );
    expect(await s.w.promotions(tierId)).toMatchObject([{ status: 'passed' }]);
  });

  it('Claim books the held seats through the normal booking path (free tier: tickets at once)', async () => {
    const { tierId, people } = await waitingFor('expo', [2], 2);
    const [offer] = await s.w.offer(tierId);
    const result = await claim(people[0]!.id, offer!.promotionId);
    expect(result.outcome).toBe('booked');
    if (result.outcome !== 'booked') return;
    expect(result.order).toMatchObject({ status: 'confirmed', tickets: [{}, {}] });
    expect(await s.t.tier('expo')).toMatchObject({ sold: 10, held: 0 });
    expect(await s.w.promotions(tierId)).toMatchObject([{ status: 'claimed' }]);
    expect(await s.w.entryStatus(people[0]!.id, tierId)).toBe('claimed');
    const [order] = await s.t.sql<{ idempotency_key: string; quantity: number }>(
      'select idempotency_key, quantity from orders where id = ?',
      [result.order.orderId],
    );
    expect(order).toEqual({ idempotency_key: `offer:${offer!.promotionId}`, quantity: 2 });
  });

  it('Claim on a paid tier reserves the seats for payment (they stay held)', async () => {
    const { tierId, people } = await waitingFor('vip', [2], 2);
    const [offer] = await s.w.offer(tierId);
    const result = await claim(people[0]!.id, offer!.promotionId);
    expect(result).toMatchObject({ outcome: 'booked', order: { status: 'reserved', totalCents: 99_800 } });
    expect(await s.t.tier('vip')).toMatchObject({ sold: 8, held: 2 });
  });

  it('a double Claim books once; the second tap hears it was already claimed', async () => {
    const { tierId, people } = await waitingFor('expo', [1], 1);
    const [offer] = await s.w.offer(tierId);
    const results = await Promise.all([1, 2, 3].map(() => claim(people[0]!.id, offer!.promotionId)));
    expect(results.map((r) => r.outcome).sort()).toEqual(['already_claimed', 'already_claimed', 'booked']);
    const orders = await s.t.sql('select id from orders where contact_id = ?', [people[0]!.id]);
    expect(orders).toHaveLength(1);
    expect(await s.t.tier('expo')).toMatchObject({ sold: 10, held: 0 });
  });

  it("refuses to claim someone else's offer and leaves it open for them", async () => {
    const { tierId, people } = await waitingFor('expo', [1], 1);
    const [stranger] = await s.t.people(1);
    const [offer] = await s.w.offer(tierId);
    expect(await claim(stranger!.id, offer!.promotionId)).toEqual({ outcome: 'not_yours' });
    expect(await pass(stranger!.id, offer!.promotionId)).toEqual({ outcome: 'not_yours' });
    expect(await s.w.promotions(tierId)).toMatchObject([{ status: 'open' }]);
    expect(await claim(stranger!.id, 'not-a-uuid')).toEqual({ outcome: 'not_found' });
    expect((await claim(people[0]!.id, offer!.promotionId)).outcome).toBe('booked');
  });

  it('refuses a Claim after the deadline and gives the seats back', async () => {
    const { tierId, people } = await waitingFor('expo', [2], 2);
    const [offer] = await s.w.offer(tierId);
    s.t.deps.setNow(minutesAfter(BEFORE_EVENT, 31));
    const result = await claim(people[0]!.id, offer!.promotionId);
    expect(result).toMatchObject({ outcome: 'expired', released: { seats: 2, tierId } });
    expect(await s.t.tier('expo')).toMatchObject({ sold: 8, held: 0 });
    expect(await s.w.entryStatus(people[0]!.id, tierId)).toBe('expired');
    expect(await s.t.sql('select id from orders where contact_id = ?', [people[0]!.id])).toEqual([]);
  });

  it('Pass releases the hold, takes the person off the list, and the next person is offered the seats', async () => {
    const { tierId, people } = await waitingFor('vip', [1, 1], 1);
    const [first, second] = people;
    const [offer] = await s.w.offer(tierId);
    expect(offer?.contactId).toBe(first!.id);

    expect((await pass(first!.id, offer!.promotionId)).outcome).toBe('passed');
    expect(await s.t.tier('vip')).toMatchObject({ held: 0 });
    expect(await s.w.entryStatus(first!.id, tierId)).toBe('left');
    const [next] = await s.w.offer(tierId);
    expect(next?.contactId).toBe(second!.id);
    // Passing again, or claiming after passing, changes nothing.
    expect((await pass(first!.id, offer!.promotionId)).outcome).toBe('already_closed');
    expect((await claim(first!.id, offer!.promotionId)).outcome).toBe('passed');
    expect(await s.t.tier('vip')).toMatchObject({ held: 1 });
  });

  it('the sweep expires an offer whose delayed job was lost, tells the person, and offers the next', async () => {
    const { tierId, people } = await waitingFor('vip', [1, 1], 1);
    const [first, second] = people;
    await s.w.offer(tierId); // no expiry job scheduled: as if it was lost
    s.t.deps.setNow(minutesAfter(BEFORE_EVENT, 30));

    expect(await sweepWaitlists(s.t.deps, s.t.queues)).toEqual({ expired: 1, offered: 1 });
    expect(await s.w.entryStatus(first!.id, tierId)).toBe('expired');
    const notes = await s.t.sent(first!.id);
    expect(notes.at(-1)).toMatchObject({ proactive: true, intent: 'waitlist_offer_expired' });
    expect(JSON.stringify(notes.at(-1)?.payload)).toContain('has expired');
    expect((await s.w.promotions(tierId)).map((p) => [p.contact_id, p.status])).toEqual([
      [first!.id, 'expired'],
      [second!.id, 'open'],
    ]);
    expect(await s.t.tier('vip')).toMatchObject({ sold: 9, held: 1 });
    expect(await sweepWaitlists(s.t.deps, s.t.queues)).toEqual({ expired: 0, offered: 0 });
  });

  it('the sweep offers seats nobody announced (e.g. capacity raised by a re-import)', async () => {
    const { tierId, people } = await waitingFor('vip', [2], 0);
    await s.t.sql('update ticket_tiers set capacity = capacity + 2 where id = ?', [tierId]);
    expect(await sweepWaitlists(s.t.deps, s.t.queues)).toEqual({ expired: 0, offered: 1 });
    expect((await s.w.promotions(tierId))[0]).toMatchObject({ contact_id: people[0]!.id, seats: 2 });
  });

  it('concurrent cancellations, offers, claims and passes never exceed capacity and keep the counters true', async () => {
    const tierId = await s.t.setTier('expo', { capacity: 24, sold: 0 });
    const buyers = await s.t.people(8);
    const orders: { id: string; contactId: string }[] = [];
    for (const b of buyers) {
      const r = await s.t.db.em.fork().transactional((em) =>
        placeOrder(em, {
          eventId: EVENT_ID,
          tierCode: 'expo',
          contactId: b.id,
          quantity: 3,
          idempotencyKey: `buy-${b.id}`,
          seatsFrom: 'capacity',
          now: BEFORE_EVENT,
        }),
      );
      if (!r.ok) throw new Error(r.reason);
      orders.push({ id: r.orderId, contactId: b.id });
    }
    const waiting = await s.t.people(16);
    for (const [i, p] of waiting.entries()) await s.w.join(p.id, 'expo', (i % 2) + 1);

    const answered = new Set<string>();
    const answerOpenOffers = async () => {
      for (const p of await s.w.promotions(tierId)) {
        if (p.status !== 'open' || answered.has(p.id)) continue;
        answered.add(p.id);
        // Every other person claims; the rest pass.
        await (answered.size % 2 === 0 ? claim(p.contact_id, p.id) : pass(p.contact_id, p.id));
      }
    };
    for (let round = 0; round < 4; round++) {
      const cancelled = orders.splice(0, 2);
      await Promise.all([
        ...cancelled.map((o) =>
          s.t.db.em
            .fork()
            .transactional((em) =>
              cancelOrder(em, { orderId: o.id, contactId: o.contactId, now: BEFORE_EVENT }),
            ),
        ),
        ...Array.from({ length: 5 }, () => s.w.offer(tierId)),
        answerOpenOffers(),
      ]);
    }
    await Promise.all(Array.from({ length: 5 }, () => s.w.offer(tierId)));

    const tier = await s.t.tier('expo');
    const [counts] = await s.t.sql<{ tickets: number; offered: number }>(
      `select (select count(*)::int from tickets tk join orders o on o.id = tk.order_id
                where o.tier_id = ? and o.status = 'confirmed' and tk.status = 'valid'
                  and o.contact_id in (?)) as tickets,
              (select coalesce(sum(seats), 0)::int from waitlist_promotions where tier_id = ? and status = 'open') as offered`,
      [tierId, [...buyers, ...waiting].map((p) => p.id), tierId],
    );
    expect(answered.size).toBeGreaterThanOrEqual(2); // some offers were claimed and some passed
    expect(tier.sold + tier.held).toBeLessThanOrEqual(tier.capacity);
    expect(tier.sold).toBe(counts!.tickets);
    expect(tier.held).toBe(counts!.offered);
  });
});
