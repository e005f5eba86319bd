import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitlistActions } from './waitlist-actions.js';
import {
  BEFORE_EVENT,
  startWaitlistDatabase,
  TEMPLATE_ID,
  type WaitlistDatabase,
} from './waitlist-database.js';

let t: WaitlistDatabase;
let w: ReturnType<typeof waitlistActions>;
beforeAll(async () => {
  t = await startWaitlistDatabase();
  w = waitlistActions(t);
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await w.reset();
  t.deps.setNow(BEFORE_EVENT);
});

describe('offering freed seats to the waiting list', () => {
  it('skips a party that does not fit and offers the seats to a smaller party behind it', async () => {
    const tierId = await t.setTier('vip', { capacity: 20, sold: 20 });
    const [big, pair] = await t.people(2);
    await w.join(big!.id, 'vip', 3);
    await w.join(pair!.id, 'vip', 2);
    await w.free(tierId, 2);

    const offers = await w.offer(tierId);
    expect(offers.map((o) => [o.contactId, o.seats])).toEqual([[pair!.id, 2]]);
    expect(await t.tier('vip')).toMatchObject({ sold: 18, held: 2 });
    // The big party keeps its place: still first in line.
    const [bigEntry] = await w.entries(big!.id);
    expect(bigEntry).toMatchObject({ status: 'waiting', position: 1, ahead: 0 });
  });

  it('serves higher priority first, then earlier joiners', async () => {
    const tierId = await t.setTier('vip', { capacity: 20, sold: 20 });
    const [first, second, vip] = await t.people(3);
    await w.join(first!.id, 'vip', 1);
    await w.join(second!.id, 'vip', 1);
    await w.join(vip!.id, 'vip', 1);
    await t.sql('update waitlists set priority = 5 where contact_id = ?', [vip!.id]);
    expect((await w.entries(vip!.id))[0]).toMatchObject({ position: 1, ahead: 0 });
    expect((await w.entries(second!.id))[0]).toMatchObject({ position: 3, ahead: 2 });

    await w.free(tierId, 2);
    const offers = await w.offer(tierId);
    expect(offers.map((o) => o.contactId)).toEqual([vip!.id, first!.id]);
    expect(await w.entryStatus(second!.id, tierId)).toBe('waiting');
  });

  it('writes one offer message with Claim / Pass, the price and the deadline in the event time zone', async () => {
    const tierId = await t.setTier('vip', { capacity: 20, sold: 20 });
    const [person] = await t.people(1);
    await w.join(person!.id, 'vip', 2);
    await w.free(tierId, 2);
    const [offer] = await w.offer(tierId);
    expect(await w.offer(tierId)).toEqual([]); // nothing left to offer: a rerun sends nothing

    const sent = await t.sent(person!.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ address: person!.phone, proactive: true });
    expect(sent[0]!.payload).toMatchObject({
      kind: 'buttons',
      buttons: [
        { id: `act:claim-offer:${offer!.promotionId}`, title: 'Claim' },
        { id: `act:pass-offer:${offer!.promotionId}`, title: 'Pass' },
      ],
    });
    const text = sent[0]!.payload.kind === 'buttons' ? sent[0]!.payload.text : '';
    expect(text).toContain('2 seats for VIP');
    expect(text).toContain('€998.00'); // 2 × €499
    // 12:00Z + 30 min claim window = 12:30 in Lisbon (WET = UTC in November).
    expect(text).toMatch(/until 12:30 .*Mon 23 Nov/);
    const [promotion] = await w.promotions(tierId);
    expect(promotion?.notified_at).not.toBeNull();
  });

  it('sends the approved template to someone outside the 24-hour window', async () => {
    const tierId = await t.setTier('vip', { capacity: 20, sold: 20 });
    const [quiet] = await t.people(1, { lastInboundMinutesAgo: 25 * 60 });
    await w.join(quiet!.id, 'vip', 1);
    await w.free(tierId, 1);
    await w.offer(tierId);
    const [offer] = await w.promotions(tierId);
    const [message] = await t.sent(quiet!.id);
    expect(message?.payload).toMatchObject({
      kind: 'template',
      templateId: TEMPLATE_ID,
      variables: { '2': '1', '3': 'VIP', '6': '€499.00', '7': offer!.id },
    });
    expect(message?.payload.kind === 'template' && message.payload.fallbackText).toMatch(/Reply 1 to claim/);
  });

  it('skips people who opted out, who keep their place and can still ask for it', async () => {
    const tierId = await t.setTier('vip', { capacity: 20, sold: 20 });
    const [stopped, next] = await t.people(2);
    await w.join(stopped!.id, 'vip', 1);
    await w.join(next!.id, 'vip', 1);
    await t.sql('update contacts set opted_out = true where id = ?', [stopped!.id]);
    await w.free(tierId, 1);

    const offers = await w.offer(tierId);
    expect(offers.map((o) => o.contactId)).toEqual([next!.id]);
    expect(await t.sent(stopped!.id)).toEqual([]);
    expect((await w.entries(stopped!.id))[0]).toMatchObject({ status: 'waiting', position: 1 });
  });

  it('never offers the same seats twice, however many offer jobs run at once', async () => {
    const tierId = await t.setTier('general', { capacity: 60, sold: 60 });
    const people = await t.people(40);
    for (const [i, p] of people.entries()) await w.join(p.id, 'general', (i % 3) + 1);

    // Seats trickle back while 60 offer runs race for them.
    const runs: Promise<unknown>[] = [];
    for (let round = 0; round < 6; round++) {
      await w.free(tierId, 3);
      for (let i = 0; i < 10; i++) runs.push(w.offer(tierId));
    }
    await Promise.all(runs);

    const tier = await t.tier('general');
    const promotions = await w.promotions(tierId);
    const offered = promotions.reduce((sum, p) => sum + p.seats, 0);
    expect(tier.sold + tier.held).toBeLessThanOrEqual(tier.capacity);
    expect(tier.held).toBe(offered);
    expect(offered).toBeLessThanOrEqual(18);
    // At most one offer per entry, each announced by exactly one message.
    expect(new Set(promotions.map((p) => p.entry_id)).size).toBe(promotions.length);
    const messages = await t.sql<{ n: string }>(
      `select count(*) as n from messages where intent = 'waitlist_offer' and contact_id in (?)`,
      [people.map((p) => p.id)],
    );
    expect(Number(messages[0]?.n)).toBe(promotions.length);
    // Nothing fitting was left unoffered: the free seats are smaller than every remaining party.
    const free = tier.capacity - tier.sold - tier.held;
    const [smallest] = await t.sql<{ min: number | null }>(
      `select min(party_size) as min from waitlists where tier_id = ? and status = 'waiting'`,
      [tierId],
    );
    expect(smallest?.min === null || free < smallest!.min!).toBe(true);
  });
});
