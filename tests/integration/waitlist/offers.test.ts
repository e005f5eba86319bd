import { describe, expect, it } from 'vitest';
import { TEMPLATE_ID } from './waitlist-database.js';
import { useWaitlistDatabase } from './waitlist-suite.js';

const s = useWaitlistDatabase();

describe('offering freed seats to the waiting list', () => {
  it('skips a party that does not fit and offers the seats to a smaller party behind it', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [big, pair] = await s.t.people(2);
    await s.w.join(big!.id, 'vip', 3);
    await s.w.join(pair!.id, 'vip', 2);
    await s.w.free(tierId, 2);

    const offers = await s.w.offer(tierId);
    expect(offers.map((o) => [o.contactId, o.seats])).toEqual([[pair!.id, 2]]);
    expect(await s.t.tier('vip')).toMatchObject({ sold: 18, held: 2 });
    // The big party keeps its place: still first in line.
    const [bigEntry] = await s.w.entries(big!.id);
    expect(bigEntry).toMatchObject({ status: 'waiting', position: 1, ahead: 0 });
  });

  it('serves higher priority first, then earlier joiners', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [first, second, vip] = await s.t.people(3);
    await s.w.join(first!.id, 'vip', 1);
    await s.w.join(second!.id, 'vip', 1);
    await s.w.join(vip!.id, 'vip', 1);
    await s.t.sql('update waitlists set priority = 5 where contact_id = ?', [vip!.id]);
    expect((await s.w.entries(vip!.id))[0]).toMatchObject({ position: 1, ahead: 0 });
    expect((await s.w.entries(second!.id))[0]).toMatchObject({ position: 3, ahead: 2 });

    await s.w.free(tierId, 2);
    const offers = await s.w.offer(tierId);
    expect(offers.map((o) => o.contactId)).toEqual([vip!.id, first!.id]);
    expect(await s.w.entryStatus(second!.id, tierId)).toBe('waiting');
  });

  it('writes one offer message with Claim / Pass, the price and the deadline in the event time zone', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [person] = await s.t.people(1);
    await s.w.join(person!.id, 'vip', 2);
    await s.w.free(tierId, 2);
    const [offer] = await s.w.offer(tierId);
    expect(await s.w.offer(tierId)).toEqual([]); // nothing left to offer: a rerun sends nothing

    const sent = await s.t.sent(person!.id);
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
    const [promotion] = await s.w.promotions(tierId);
    expect(promotion?.notified_at).not.toBeNull();
  });

  it('sends the approved template to someone outside the 24-hour window', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [quiet] = await s.t.people(1, { lastInboundMinutesAgo: 25 * 60 });
    await s.w.join(quiet!.id, 'vip', 1);
    await s.w.free(tierId, 1);
    await s.w.offer(tierId);
    const [offer] = await s.w.promotions(tierId);
    const [message] = await s.t.sent(quiet!.id);
    expect(message?.payload).toMatchObject({
      kind: 'template',
      templateId: TEMPLATE_ID,
      variables: { '2': '1', '3': 'VIP', '6': '€499.00', '7': offer!.id },
    });
    expect(message?.payload.kind === 'template' && message.payload.fallbackText).toMatch(/Reply 1 to claim/);
  });

  it('skips people who opted out, who keep their place and can still ask for it', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [stopped, next] = await s.t.people(2);
    await s.w.join(stopped!.id, 'vip', 1);
    await s.w.join(next!.id, 'vip', 1);
    await s.t.sql('update contacts set opted_out = true where id = ?', [stopped!.id]);
    await s.w.free(tierId, 1);

    const offers = await s.w.offer(tierId);
    expect(offers.map((o) => o.contactId)).toEqual([next!.id]);
    expect(await s.t.sent(stopped!.id)).toEqual([]);
    expect((await s.w.entries(stopped!.id))[0]).toMatchObject({ status: 'waiting', position: 1 });
  });

  it('never offers the same seats twice, however many offer jobs run at once', async () => {
    const tierId = await s.t.setTier('general', { capacity: 60, sold: 60 });
    const people = await s.t.people(40);
    for (const [i, p] of people.entries()) await s.w.join(p.id, 'general', (i % 3) + 1);

    // Seats trickle back while 60 offer runs race for them.
    const runs: Promise<unknown>[] = [];
    for (let round = 0; round < 6; round++) {
      await s.w.free(tierId, 3);
      for (let i = 0; i < 10; i++) runs.push(s.w.offer(tierId));
    }
    await Promise.all(runs);

    const tier = await s.t.tier('general');
    const promotions = await s.w.promotions(tierId);
    const offered = promotions.reduce((sum, p) => sum + p.seats, 0);
    expect(tier.sold + tier.held).toBeLessThanOrEqual(tier.capacity);
    expect(tier.held).toBe(offered);
    expect(offered).toBeLessThanOrEqual(18);
    // At most one offer per entry, each announced by exactly one message.
    expect(new Set(promotions.map((p) => p.entry_id)).size).toBe(promotions.length);
    const messages = await s.t.sql<{ n: string }>(
      `select count(*) as n from messages where intent = 'waitlist_offer' and contact_id in (?)`,
      [people.map((p) => p.id)],
    );
    expect(Number(messages[0]?.n)).toBe(promotions.length);
    // Nothing fitting was left unoffered: the free seats are smaller than every remaining party.
    const free = tier.capacity - tier.sold - tier.held;
    const [smallest] = await s.t.sql<{ min: number | null }>(
      `select min(party_size) as min from waitlists where tier_id = ? and status = 'waiting'`,
      [tierId],
    );
    expect(smallest?.min === null || free < smallest!.min!).toBe(true);
  });
});
