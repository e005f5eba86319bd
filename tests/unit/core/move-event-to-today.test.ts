import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../../core/catalog/event-file.js';
import { moveEventToToday } from '../../../core/catalog/move-event-to-today.js';

const demo = () =>
  parseEventFile(
    JSON.parse(readFileSync(new URL('../../../fixtures/demo-event.json', import.meta.url), 'utf8')),
  );

describe('moveEventToToday (demo --today)', () => {
  it('moves the event, its sessions and networking hours by whole days, keeping local times', () => {
    const file = demo();
    // 23:30 in Lisbon on 23 November (UTC+0 in winter): today there is the 23rd.
    const moved = moveEventToToday(file, new Date('2026-11-23T23:30:00Z'));
    expect(moved.event.startsAt).toBe('2026-11-23T09:00:00.000+00:00');
    expect(moved.event.endsAt).toBe('2026-11-24T18:00:00.000+00:00');
    const keynote = moved.sessions.find((s) => s.id === 's-keynote');
    expect(keynote).toMatchObject({
      startsAt: '2026-11-23T09:30:00.000+00:00',
      endsAt: '2026-11-23T10:15:00.000+00:00',
    });
    expect(moved.event.networking?.hours.map((h) => h.date)).toEqual(['2026-11-23', '2026-11-24']);
    // Everything else is the same event; the input is not changed.
    expect(moved.faqs).toEqual(file.faqs);
    expect(file.event.startsAt).toBe('2026-12-10T09:00:00+00:00');
    expect(parseEventFile(moved)).toEqual(moved);
  });

  it('moves the selfie check-in window with the event, when the event file sets one', () => {
    const file = demo();
    file.event.checkIn = {
      opensAt: '2026-12-09T16:00:00+00:00',
      closesAt: '2026-12-11T18:00:00+00:00',
      faceRetentionDays: 3,
    };
    const moved = moveEventToToday(file, new Date('2026-11-23T23:30:00Z'));
    expect(moved.event.checkIn).toEqual({
      opensAt: '2026-11-22T16:00:00.000+00:00',
      closesAt: '2026-11-24T18:00:00.000+00:00',
      faceRetentionDays: 3,
    });
    expect(parseEventFile(moved)).toEqual(moved);
  });

  it('across a daylight-saving change the local times stay (09:00 in Lisbon in summer is 08:00 UTC)', () => {
    const moved = moveEventToToday(demo(), new Date('2027-07-01T12:00:00Z'));
    expect(moved.event.startsAt).toBe('2027-07-01T09:00:00.000+01:00');
  });
});
