import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { acceptMeeting, declineMeeting } from '../../../core/services/networking/answer-request.js';
import { cancelMeeting } from '../../../core/services/networking/cancel-meeting.js';
import { networkingDataEraser } from '../../../core/services/networking/erase-networking-data.js';
import { findMatches } from '../../../core/services/networking/find-matches.js';
import { askDidYouMeet, expireRequest } from '../../../core/services/networking/meeting-timers.js';
import { recordMet } from '../../../core/services/networking/record-met.js';
import { eventStats } from '../../../core/services/organizer/event-stats.js';
import { personalDataErasers } from '../../../core/skills/forget-me.js';
import { sweepNetworking } from '../../../jobs/networking-sweep.job.js';
import { createQueues } from '../../../jobs/queues.js';
import { testRedisPrefix, testRedisUrl } from '../../setup/test-database.js';
import {
  AT_3PM,
  EVENT_ID,
  type MeetingDatabase,
  NOW,
  startMeetingDatabase,
  templates,
} from './meeting-database.js';

let m: MeetingDatabase;
beforeAll(async () => {
  m = await startMeetingDatabase();
});
afterAll(() => m.close());
afterEach(async () => {
  await m.sql('delete from meetings');
  await m.sql(`update matches set status = 'suggested'`);
});

const tx = <T>(
  fn: (em: Parameters<Parameters<MeetingDatabase['db']['em']['transactional']>[0]>[0]) => Promise<T>,
) => m.db.em.fork().transactional(fn);
const id = (code: string) => m.ids.get(code)!;
const answer = (meetingId: string, invitee: string) => ({
  event: m.event,
  meetingId,
  attendeeId: id(invitee),
  now: NOW,
  templates,
});
/** Outbound messages to an attendee's phone, newest last. */
const sentTo = (code: string) =>
  m.sql<{ body: string; intent: string; kind: string }>(
    `select m.body, m.intent, m.kind from messages m join attendees a on a.contact_id = m.contact_id
      where a.id = ? and m.direction = 'out' order by m.created_at`,
    [id(code)],
  );

describe('a meeting request from start to end', () => {
  it('declining tells the requester and frees both people', async () => {
    const meetingId = await m.pending('a-alice', 'a-bob', AT_3PM);
    const result = await tx((em) => declineMeeting(em, answer(meetingId, 'a-bob')));
    expect(result.outcome).toBe('declined');
    const alice = await sentTo('a-alice');
    expect(alice.at(-1)?.body).toMatch(/Bob can't make it at Thu 10 Dec, 15:00–15:20/);
    // Alice never wrote to us: outside the 24-hour window the notice goes as the approved template.
    expect(alice.at(-1)?.kind).toBe('template');
    // Only the invitee can answer.
    const again = await m.pending('a-alice', 'a-bob', AT_3PM);
    expect((await tx((em) => acceptMeeting(em, answer(again, 'a-alice')))).outcome).toBe('not_found');
  });

  it('cancelling an accepted meeting tells the other side and frees the table and the time', async () => {
    const meetingId = await m.pending('a-alice', 'a-bob', AT_3PM);
    expect((await tx((em) => acceptMeeting(em, answer(meetingId, 'a-bob')))).outcome).toBe('accepted');
    const result = await tx((em) =>
      cancelMeeting(em, { event: m.event, meetingId, attendeeId: id('a-alice'), now: NOW, templates }),
    );
    expect(result.outcome).toBe('cancelled');
    expect((await sentTo('a-bob')).at(-1)?.body).toMatch(
      /Alice cancelled your meeting for Thu 10 Dec, 15:00–15:20 at Meeting Table 1/,
    );
    expect(await m.sql('select 1 from meeting_holds where meeting_id = ?', [meetingId])).toHaveLength(0);
    // The slot is free again for Bob.
    const next = await m.pending('a-carla', 'a-bob', AT_3PM);
    expect((await tx((em) => acceptMeeting(em, answer(next, 'a-bob')))).outcome).toBe('accepted');
  });

  it('an unanswered request lapses with a nudge to both, once', async () => {
    const meetingId = await m.pending('a-alice', 'a-bob', AT_3PM);
    await m.sql('update meetings set expires_at = ? where id = ?', [NOW, meetingId]);
    const first = await expireRequest(m.db.em.fork(), { meetingId, now: NOW, templates });
    const second = await expireRequest(m.db.em.fork(), { meetingId, now: NOW, templates });
    expect([first.length, second.length]).toEqual([2, 0]);
    expect((await sentTo('a-alice')).at(-1)?.body).toMatch(
      /Bob didn't answer your meeting request .* in time/,
    );
    const [row] = await m.sql<{ status: string }>('select status from meetings where id = ?', [meetingId]);
    expect(row?.status).toBe('expired');
  });

  it('a reported no-show lowers that person in later suggestions; mutual yes records that they met', async () => {
    const before = await tx((em) => findMatches(em, { eventId: EVENT_ID, attendeeId: id('a-nadia') }));
    const bobBefore = before.find((x) => x.name === 'Bob Chen')!;
    // Bob stood Carla up.
    const meetingId = await m.pending('a-carla', 'a-bob', AT_3PM);
    await tx((em) => acceptMeeting(em, answer(meetingId, 'a-bob')));
    const after3pm = new Date(AT_3PM.getTime() + 30 * 60_000);
    expect(await askDidYouMeet(m.db.em.fork(), { meetingId, now: after3pm, templates })).toHaveLength(2);
    await tx((em) => recordMet(em, { meetingId, attendeeId: id('a-carla'), met: false, now: after3pm }));
    const after = await tx((em) => findMatches(em, { eventId: EVENT_ID, attendeeId: id('a-nadia') }));
    const bobAfter = after.find((x) => x.name === 'Bob Chen');
    expect(bobAfter === undefined || bobAfter.score < bobBefore.score - 0.15).toBe(true);

    const met = await m.pending('a-alice', 'a-dmitri', AT_3PM);
    await tx((em) => acceptMeeting(em, answer(met, 'a-dmitri')));
    await askDidYouMeet(m.db.em.fork(), { meetingId: met, now: after3pm, templates });
    const one = await tx((em) =>
      recordMet(em, { meetingId: met, attendeeId: id('a-alice'), met: true, now: after3pm }),
    );
    const two = await tx((em) =>
      recordMet(em, { meetingId: met, attendeeId: id('a-dmitri'), met: true, now: after3pm }),
    );
    expect([
      one.outcome === 'recorded' && one.bothConfirmed,
      two.outcome === 'recorded' && two.bothConfirmed,
    ]).toEqual([false, true]);
    const names = (await tx((em) => findMatches(em, { eventId: EVENT_ID, attendeeId: id('a-dmitri') }))).map(
      (x) => x.name,
    );
    expect(names).not.toContain('Alice Martins');
  });

  it('the sweep runs timers whose delayed job was lost and embeds profiles that have no vector', async () => {
    const queues = createQueues(testRedisUrl(), `${testRedisPrefix()}-sweep-${Date.now()}`);
    try {
      const meetingId = await m.pending('a-hiro', 'a-ines', AT_3PM);
      await tx((em) => acceptMeeting(em, answer(meetingId, 'a-ines')));
      await m.sql('delete from attendee_embeddings where attendee_id = ?', [id('a-jonas')]);
      const tenBefore = new Date(AT_3PM.getTime() - 9 * 60_000);
      const deps = { em: m.db.em, clock: () => tenBefore, embedder: new HashedEmbedder(), templates };
      expect(await sweepNetworking(deps, queues)).toEqual({ sent: 2, embedded: 1 });
      expect(await sweepNetworking(deps, queues)).toEqual({ sent: 0, embedded: 0 });
    } finally {
      await queues.close();
    }
  });

  it('stats count meetings by state', async () => {
    const a = await m.pending('a-alice', 'a-bob', AT_3PM);
    await m.pending('a-carla', 'a-dmitri', AT_3PM);
    await tx((em) => acceptMeeting(em, answer(a, 'a-bob')));
    expect((await eventStats(m.db.em.fork(), EVENT_ID))?.meetings).toEqual({
      pending: 1,
      accepted: 1,
      completed: 0,
    });
  });

  it('forget me: future meetings are cancelled with a note to the other side, and the networking data is gone', async () => {
    expect(personalDataErasers).toContain(networkingDataEraser);
    const a = await m.pending('a-grace', 'a-bob', AT_3PM);
    await tx((em) => acceptMeeting(em, answer(a, 'a-bob')));
    const removed = await tx((em) =>
      networkingDataEraser.erase(
        em,
        { contactId: '', eventId: EVENT_ID, attendeeId: id('a-grace') },
        { now: NOW, meetingTemplates: templates },
      ),
    );
    expect(removed).toBeGreaterThan(3);
    expect((await sentTo('a-bob')).at(-1)?.body).toMatch(
      /Grace is no longer available, so your meeting for Thu 10 Dec/,
    );
    for (const table of ['attendee_embeddings', 'connection_goals', 'networking_preferences']) {
      expect(await m.sql(`select 1 from ${table} where attendee_id = ?`, [id('a-grace')])).toHaveLength(0);
    }
    expect(
      await m.sql('select 1 from meetings where requester_id = ? or invitee_id = ?', [
        id('a-grace'),
        id('a-grace'),
      ]),
    ).toHaveLength(0);
    expect(await m.sql('select 1 from matches where suggested_id = ?', [id('a-grace')])).toHaveLength(0);
  });

  it("forget me: the other side's note outside the 24-hour window names the configured template, not the default", async () => {
    const configured = { request: 'HXrequest', reminder: 'HXreminder', update: 'HXupdate' };
    const a = await m.pending('a-grace', 'a-bob', AT_3PM);
    await tx((em) => acceptMeeting(em, answer(a, 'a-bob')));
    await tx((em) =>
      networkingDataEraser.erase(
        em,
        { contactId: '', eventId: EVENT_ID, attendeeId: id('a-grace') },
        { now: NOW, meetingTemplates: configured },
      ),
    );
    const [note] = await m.sql<{ payload: { kind: string; templateId?: string } }>(
      `select m.payload from messages m join attendees a on a.contact_id = m.contact_id
        where a.id = ? and m.direction = 'out' and m.intent = 'meeting_cancelled'
        order by m.created_at desc limit 1`,
      [id('a-bob')],
    );
    expect(note?.payload).toMatchObject({ kind: 'template', templateId: 'HXupdate' });
  });
});
