import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_TEMPLATES } from '../../../core/meeting-templates.js';
import { askDidYouMeet } from '../../../core/services/networking/meeting-timers.js';
import { sayInline, tapInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const ALICE = '+15550100101';
const DMITRI = '+15550100104';
const PRIYA = '+15550100116';
const STRANGER = '+15550199999';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(() => app.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const tap = async (from: string, payload: string) => (await tapInline(app, from, payload)).join('\n---\n');

describe('networking in chat (the real pipeline, handled inline)', () => {
  it('"I\'m a CTO into Kubernetes and Postgres, looking to hire" updates the profile and reads it back', async () => {
    const reply = await say(ALICE, "I'm a CTO into Kubernetes and Postgres, looking to hire");
    expect(reply).toMatch(
      /Got it — I've noted role: CTO · interests: kubernetes, postgres · looking to: hire/,
    );
    const [alice] = await sql<{ role: string; interests: string[]; goals: string[] }>(
      `select role, interests, goals from attendees where code = 'a-alice'`,
    );
    expect(alice?.role).toBe('CTO');
    expect(alice?.goals).toContain('hire');
    const kinds = await sql<{ kind: string }>(
      `select kind from connection_goals g join attendees a on a.id = g.attendee_id where a.code = 'a-alice'`,
    );
    expect(kinds.map((k) => k.kind)).toContain('hiring');
  });

  it('a pgvector speaker is suggested the people who want to learn pgvector, with reasons and buttons', async () => {
    const reply = await say(DMITRI, 'who should I meet?');
    expect(reply).toMatch(
      /\*Priya Nair\* — Platform Engineer, CloudNine\n\s+Priya wants to learn about pgvector/,
    );
    expect(reply).toMatch(/\*Grace Kim\*/);
    expect(reply).toMatch(/\d+\. Meet Priya Nair/);
    expect(reply).toMatch(/\d+\. Not interested: Priya/);
  });

  it('"Not interested" is remembered: that person is not suggested again', async () => {
    const list = await say(DMITRI, 'who should I meet?');
    const n = /(\d+)\. Not interested: Grace/.exec(list)?.[1];
    expect(n).toBeDefined();
    expect(await say(DMITRI, n!)).toMatch(/I won't suggest Grace Kim again/);
    expect(await say(DMITRI, 'who should I meet?')).not.toMatch(/Grace Kim/);
  });

  it('hidden profiles are never suggested; showing the profile again brings it back', async () => {
    expect(await say(PRIYA, 'hide my profile')).toMatch(/Your profile is hidden/);
    expect(await say(DMITRI, 'who should I meet?')).not.toMatch(/Priya/);
    expect(await say(DMITRI, 'meet Priya at 3pm')).toMatch(/couldn't find that person/);
    expect(await say(PRIYA, 'show my profile again')).toMatch(/visible again/);
    expect(await say(DMITRI, 'who should I meet?')).toMatch(/Priya Nair/);
  });

  it('"meet Bob at 3pm" asks Bob; outside networking hours proposes free slots; "my meetings" and cancel', async () => {
    expect(await say(ALICE, 'meet Bob at 3pm')).toMatch(
      /I've asked Bob Chen to meet you on Thu 10 Dec, 15:00–15:20/,
    );
    const [invite] = await sql<{ kind: string; body: string }>(
      `select m.kind, m.body from messages m join attendees a on a.contact_id = m.contact_id
        where a.code = 'a-bob' and m.intent = 'meeting_request'`,
    );
    // Bob never wrote to the bot: the invitation goes as the approved template, with the same facts.
    expect(invite?.kind).toBe('template');
    expect(invite?.body).toMatch(/Alice Martins \(CTO, Tramway Labs\) would like to meet you/);
    expect(await say(ALICE, 'meet Bob at 3pm')).toMatch(
      /already a pending meeting request between you and Bob/,
    );
    expect(await say(DMITRI, 'meet Bob at 11pm')).toMatch(/outside the networking hours.*Pick a time/s);
    expect(await say(ALICE, 'my meetings')).toMatch(
      /Upcoming\*\n• Thu 10 Dec, 15:00–15:20 with Bob Chen \(Founder, Calmware\) — waiting for their answer/,
    );
    expect(await say(ALICE, 'cancel my meeting with Bob')).toMatch(/Cancel your meeting with Bob Chen/);
    expect(await say(ALICE, '1')).toMatch(/Cancelled. I've let Bob know/);
    const [bob] = await sql<{ body: string }>(
      `select m.body from messages m join attendees a on a.contact_id = m.contact_id
        where a.code = 'a-bob' and m.intent = 'meeting_cancelled'`,
    );
    expect(bob?.body).toMatch(/Alice cancelled the meeting request for Thu 10 Dec, 15:00–15:20/);
  });

  it('after a no-show: "Did you meet Bob?" No → recorded, and a standby match at the next free slot, one tap away', async () => {
    const CARLA = '+15550100103';
    await say(CARLA, 'hi');
    const [meeting] = await sql<{ id: string }>(
      `insert into meetings (id, event_id, requester_id, invitee_id, starts_at, ends_at, location, status, created_at, updated_at)
       select gen_random_uuid(), 'devsummit-2026', c.id, b.id, now() - interval '30 minutes', now() - interval '10 minutes',
              'Lounge A', 'accepted', now(), now()
         from attendees c, attendees b where c.code = 'a-carla' and b.code = 'a-bob' returning id`,
    );
    const ids = await askDidYouMeet(app.deps.db.em.fork(), {
      meetingId: meeting!.id,
      now: new Date(),
      templates: DEFAULT_MEETING_TEMPLATES,
    });
    expect(ids).toHaveLength(2);
    const standby = await say(CARLA, '2');
    expect(standby).toMatch(
      /Sorry Bob didn't make it — I've noted it\. Standby: (.+) is free at Thu 10 Dec, 10:30–10:50 — /,
    );
    const [noShow] = await sql<{ status: string }>(
      `select x.status from matches x join attendees c on c.id = x.attendee_id join attendees b on b.id = x.suggested_id
        where c.code = 'a-carla' and b.code = 'a-bob'`,
    );
    expect(noShow?.status).toBe('no_show');
    expect(await say(CARLA, '1')).toMatch(/I've asked .+ to meet you on Thu 10 Dec, 10:30–10:50/);
  });

  it('"Suggest another time": the invitee picks a free slot and the request goes back the other way', async () => {
    const LENA = '+15550100112';
    await say(LENA, 'hi');
    expect(await say(DMITRI, 'meet Lena at 3pm')).toMatch(
      /I've asked Lena Vogel to meet you on Thu 10 Dec, 15:00–15:20/,
    );
    const [invite] = await sql<{ body: string }>(
      `select m.body from messages m join attendees a on a.contact_id = m.contact_id
        where a.code = 'a-lena' and m.intent = 'meeting_request'`,
    );
    expect(invite?.body).toMatch(
      /Dmitri Ivanov .* would like to meet you: Thu 10 Dec, 15:00–15:20\.\n\n1\. Accept\n2\. Decline\n3\. Suggest another time/,
    );
    expect(await say(LENA, '3')).toMatch(
      /Which time on Thu 10 Dec suits you\? I'll propose it to Dmitri:\n\n1\. 14:40\n2\. 14:50\n3\. 15:10/,
    );
    expect(await say(LENA, '2')).toMatch(/I've asked Dmitri Ivanov to meet you on Thu 10 Dec, 14:50–15:10/);
    const rows = await sql<{ status: string; requester: string; starts_at: Date }>(
      `select m.status, r.code as requester, m.starts_at from meetings m join attendees r on r.id = m.requester_id
        join attendees i on i.id = m.invitee_id where 'a-lena' in (r.code, i.code) order by m.created_at`,
    );
    expect(rows.map((r) => [r.status, r.requester, new Date(r.starts_at).toISOString()])).toEqual([
      ['declined', 'a-dmitri', '2026-12-10T15:00:00.000Z'],
      ['pending', 'a-lena', '2026-12-10T14:50:00.000Z'],
    ]);
  });

  it('a networking button whose id is not a uuid gets an answer, not a failed transaction', async () => {
    const notUuid = '-'.repeat(36);
    expect(await tap(ALICE, `act:meeting-cancel:${notUuid}`)).toMatch(/I can't find that meeting/);
    expect(await tap(ALICE, `act:meeting-slot:${notUuid}:${Math.round(Date.now() / 60_000)}`)).toMatch(
      /That choice doesn't work any more/,
    );
  });

  it('people who are not attendees are told matchmaking is for attendees', async () => {
    expect(await say(STRANGER, 'who should I meet?')).toMatch(/Matchmaking and meetings are for attendees/);
  });
});
