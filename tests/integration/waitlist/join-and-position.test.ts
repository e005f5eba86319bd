import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leaveWaitlist } from '../../../core/services/waitlist/leave-waitlist.js';
import { waitlistActions } from './waitlist-actions.js';
import { EVENT_ID, startWaitlistDatabase, type WaitlistDatabase } from './waitlist-database.js';

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
  await t.setTier('vip', { capacity: 20, sold: 20 });
});

const leave = (contactId: string, entryId: string) =>
  t.db.em
    .fork()
    .transactional((em) => leaveWaitlist(em, { eventId: EVENT_ID, contactId, entryId, now: t.deps.clock() }));

describe('joining, checking and leaving a waiting list', () => {
  it('puts parties in line and tells each how many groups and people are ahead', async () => {
    const [a, b, c] = await t.people(3);
    expect((await w.join(a!.id, 'vip', 2)).outcome).toBe('joined');
    expect((await w.join(b!.id, 'vip', 1)).outcome).toBe('joined');
    expect((await w.join(c!.id, 'vip', 3)).outcome).toBe('joined');
    expect((await w.entries(a!.id))[0]).toMatchObject({
      position: 1,
      ahead: 0,
      partySize: 2,
      tierCode: 'vip',
    });
    expect((await w.entries(b!.id))[0]).toMatchObject({ position: 2, ahead: 1, peopleAhead: 2 });
    expect((await w.entries(c!.id))[0]).toMatchObject({ position: 3, ahead: 2, peopleAhead: 3 });
  });

  it('keeps one active entry per person and tier: a second join answers with the first', async () => {
    const [a, racer] = await t.people(2);
    await w.join(a!.id, 'vip', 2);
    const again = await w.join(a!.id, 'vip', 4);
    expect(again).toMatchObject({ outcome: 'already_on_list', entry: { partySize: 2, position: 1 } });

    const racing = await Promise.all([1, 2, 3, 4, 5].map(() => w.join(racer!.id, 'vip', 1)));
    expect(racing.filter((r) => r.outcome === 'joined')).toHaveLength(1);
    expect(racing.filter((r) => r.outcome === 'already_on_list')).toHaveLength(4);
    const rows = await t.sql('select id from waitlists where contact_id = ?', [racer!.id]);
    expect(rows).toHaveLength(1);
  });

  it('moves everyone behind up when someone leaves; rejoining goes to the back', async () => {
    const [a, b, c] = await t.people(3);
    await w.join(a!.id, 'vip', 1);
    await w.join(b!.id, 'vip', 1);
    await w.join(c!.id, 'vip', 1);
    const [entry] = await w.entries(b!.id);
    expect((await leave(b!.id, entry!.id)).outcome).toBe('left');
    expect(await w.entries(b!.id)).toEqual([]);
    expect((await w.entries(c!.id))[0]).toMatchObject({ position: 2, ahead: 1 });
    expect((await leave(b!.id, entry!.id)).outcome).toBe('not_found');

    expect((await w.join(b!.id, 'vip', 1)).outcome).toBe('joined');
    expect((await w.entries(b!.id))[0]).toMatchObject({ position: 3 });
  });

  it('will not let anyone leave someone else’s entry', async () => {
    const [a, b] = await t.people(2);
    await w.join(a!.id, 'vip', 1);
    const [entry] = await w.entries(a!.id);
    expect((await leave(b!.id, entry!.id)).outcome).toBe('not_found');
    expect(await w.entryStatus(a!.id, entry!.tierId)).toBe('waiting');
  });

  it('sends people to booking when the tier has seats for the whole party', async () => {
    await t.setTier('vip', { capacity: 20, sold: 17 });
    const [a] = await t.people(1);
    expect(await w.join(a!.id, 'vip', 2)).toEqual({ outcome: 'seats_available', free: 3 });
    // Three seats cannot seat four: the party waits for a fourth.
    expect((await w.join(a!.id, 'vip', 4)).outcome).toBe('joined');
  });

  it('refuses party sizes that are not a bookable order', async () => {
    const [a] = await t.people(1);
    for (const size of [0, -2, 2.5, 5, 1000]) {
      expect(await w.join(a!.id, 'vip', size)).toEqual({ outcome: 'invalid_party_size', maxPerOrder: 4 });
    }
    expect(await w.entries(a!.id)).toEqual([]);
  });

  it('closes the waiting list once the event is over', async () => {
    const [a] = await t.people(1);
    t.deps.setNow(new Date('2026-12-12T00:00:00Z'));
    try {
      expect(await w.join(a!.id, 'vip', 1)).toEqual({ outcome: 'closed', reason: 'event_over' });
    } finally {
      t.deps.setNow(new Date('2026-11-23T12:00:00Z'));
    }
  });
});
