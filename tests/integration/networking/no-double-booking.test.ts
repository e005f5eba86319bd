import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptMeeting } from '../../../core/services/networking/answer-request.js';
import { remindMeeting } from '../../../core/services/networking/meeting-timers.js';
import { requestMeeting } from '../../../core/services/networking/request-meeting.js';
import { AT_3PM, type MeetingDatabase, NOW, startMeetingDatabase, templates } from './meeting-database.js';

let m: MeetingDatabase;
beforeAll(async () => {
  m = await startMeetingDatabase();
});
afterAll(() => m.close());
afterEach(async () => {
  await m.sql('delete from meetings');
});

const accept = (meetingId: string, invitee: string) =>
  m.db.em
    .fork()
    .transactional((tx) =>
      acceptMeeting(tx, { event: m.event, meetingId, attendeeId: m.ids.get(invitee)!, now: NOW, templates }),
    );

describe('no double booking under concurrency', () => {
  it('five people ask Bob for the same slot at once: one request goes through, four get the nearest free slots', async () => {
    const requesters = ['a-alice', 'a-carla', 'a-dmitri', 'a-emeka', 'a-fatima'];
    const results = await Promise.all(
      requesters.map((r) =>
        m.db.em.fork().transactional((tx) =>
          requestMeeting(tx, {
            event: m.event,
            requesterId: m.ids.get(r)!,
            inviteeId: m.ids.get('a-bob')!,
            time: '15:00',
            date: '2026-12-10',
            now: NOW,
            templates,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.outcome === 'requested')).toHaveLength(1);
    const busy = results.filter((r) => r.outcome === 'busy');
    expect(busy).toHaveLength(4);
    for (const b of busy) {
      if (b.outcome !== 'busy') continue;
      expect(b.alternatives.map((s) => s.startsAt.toISOString())).toEqual([
        '2026-12-10T14:30:00.000Z',
        '2026-12-10T14:40:00.000Z',
        '2026-12-10T15:20:00.000Z',
      ]);
    }
    const [n] = await m.sql<{ n: number }>(
      `select count(*)::int as n from meetings where status = 'pending'`,
    );
    expect(n?.n).toBe(1);
  });

  it('Bob accepts five overlapping requests at once: exactly one meeting, the rest get other slots', async () => {
    const ids = await Promise.all(
      ['a-alice', 'a-carla', 'a-dmitri', 'a-emeka', 'a-fatima'].map((r) => m.pending(r, 'a-bob', AT_3PM)),
    );
    const results = await Promise.all(ids.map((id) => accept(id, 'a-bob')));
    expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
    const taken = results.filter((r) => r.outcome === 'slot_taken');
    expect(taken).toHaveLength(4);
    for (const t of taken) if (t.outcome === 'slot_taken') expect(t.alternatives.length).toBeGreaterThan(0);
    const holds = await m.sql<{ n: number }>(
      'select count(*)::int as n from meeting_holds where attendee_id = ?',
      [m.ids.get('a-bob')],
    );
    expect(holds[0]?.n).toBe(1);
  });

  it('seven pairs accept the same slot with six tables: six meetings at six different tables, one told to move', async () => {
    const pairs = [
      ['a-alice', 'a-bob'],
      ['a-carla', 'a-dmitri'],
      ['a-emeka', 'a-fatima'],
      ['a-grace', 'a-hiro'],
      ['a-ines', 'a-jonas'],
      ['a-kwame', 'a-lena'],
      ['a-marco', 'a-nadia'],
    ] as const;
    const ids = await Promise.all(pairs.map(([r, i]) => m.pending(r, i, AT_3PM)));
    const results = await Promise.all(ids.map((id, k) => accept(id, pairs[k]![1])));
    expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(6);
    expect(results.filter((r) => r.outcome === 'slot_taken')).toHaveLength(1);
    const tables = await m.sql<{ location: string }>(
      `select location from meetings where status = 'accepted'`,
    );
    expect(new Set(tables.map((t) => t.location)).size).toBe(6);
  });

  it('the database itself refuses an overlapping meeting for a person or a table, whatever the code does', async () => {
    const first = await m.pending('a-alice', 'a-bob', AT_3PM);
    expect((await accept(first, 'a-bob')).outcome).toBe('accepted');
    const second = await m.pending('a-carla', 'a-bob', new Date(AT_3PM.getTime() + 10 * 60_000));
    await expect(
      m.sql(`insert into meeting_holds (meeting_id, attendee_id, during) values (?, ?, tstzrange(?, ?))`, [
        second,
        m.ids.get('a-bob'),
        new Date(AT_3PM.getTime() + 10 * 60_000),
        new Date(AT_3PM.getTime() + 30 * 60_000),
      ]),
    ).rejects.toThrow(/meeting_holds_person_no_overlap/);
    const [table] = await m.sql<{ location: string }>('select location from meetings where id = ?', [first]);
    await expect(
      m.sql(`update meetings set status = 'accepted', location = ? where id = ?`, [table!.location, second]),
    ).rejects.toThrow(/meetings_location_no_overlap/);
  });

  it('a reminder goes out exactly once even when its job runs three times at once (as a template: outside 24 h)', async () => {
    const id = await m.pending('a-alice', 'a-bob', AT_3PM);
    expect((await accept(id, 'a-bob')).outcome).toBe('accepted');
    const tenBefore = new Date(AT_3PM.getTime() - 10 * 60_000);
    const early = await remindMeeting(m.db.em.fork(), { meetingId: id, now: NOW, templates });
    expect(early).toEqual([]);
    const runs = await Promise.all(
      [0, 1, 2].map(() => remindMeeting(m.db.em.fork(), { meetingId: id, now: tenBefore, templates })),
    );
    expect(runs.map((r) => r.length).sort()).toEqual([0, 0, 2]);
    const rows = await m.sql<{ n: number }>(
      // Proactive rows: delivery skips people who sent STOP and enforces the 24-hour rule.
      `select count(*)::int as n from messages m join outbox o on o.message_id = m.id
        where m.intent = 'meeting_reminder' and m.direction = 'out' and o.proactive and m.kind = 'template'`,
    );
    expect(rows[0]?.n).toBe(2);
  });
});
