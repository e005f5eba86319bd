import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingQuestion } from '../../../core/replies/feedback-replies.js';
import { rateSessionFeedback } from '../../../core/services/feedback/answer-session-feedback.js';
import { askSessionFeedback } from '../../../core/services/feedback/ask-session-feedback.js';
import { sayInline, tapInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';
import { zoneAt } from '../../support/zone-at.js';

const DMITRI = '+15550100104';
const FATIMA = '+15550100106';
const ALICE = '+15550100101';

let app: TestApp;
const SETTINGS = { dailyCap: 3, templateId: 'session_feedback_v1' };

const setEventHour = (hour: number) =>
  sql(`update events set timezone = ? where id = 'devsummit-2026'`, [zoneAt(new Date(), hour)]);

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const ask = (settings = SETTINGS, now = new Date()) =>
  askSessionFeedback(app.deps.db.em.fork(), { now, settings, question: ratingQuestion });

const tap = async (from: string, payload: string) => (await tapInline(app, from, payload)).join('\n---\n');

const payloads = async (outboxIds: string[]) =>
  outboxIds.length === 0
    ? []
    : (
        await sql<{ payload: { kind: string; text?: string; templateId?: string } }>(
          'select m.payload from outbox o join messages m on m.id = o.message_id where o.id in (?) order by m.created_at',
          [outboxIds],
        )
      ).map((r) => r.payload);

const feedbackOf = async (phone: string, session: string) =>
  (
    await sql<{ id: string; status: string; rating: number | null; comment: string | null }>(
      `select f.id, f.status, f.rating, f.comment from session_feedback f join contacts c on c.id = f.contact_id
        join event_sessions s on s.id = f.session_id where c.phone = ? and s.code = ?`,
      [phone, session],
    )
  )[0];

const endSessions = (codes: string[]) =>
  sql(
    `update event_sessions set starts_at = now() - interval '1 hour', ends_at = now() - interval '2 minutes' where code in (?)`,
    [codes],
  );

beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await setEventHour(12);
  await sql(
    `update event_sessions set starts_at = now() - interval '20 minutes', ends_at = now() + interval '25 minutes'
      where code in ('s-pgvector', 's-whatsapp')`,
  );
  expect(await say(DMITRI, 'HERE-S-PGVECTOR')).toMatch(/Welcome to/);
  expect(await say(FATIMA, 'HERE-S-WHATSAPP')).toMatch(/Welcome to/);
  expect(await say(ALICE, 'HERE-S-PGVECTOR')).toMatch(/Welcome to/);
  await say(ALICE, 'STOP');
});
afterAll(() => app?.close());

describe('session feedback in chat after the session ends (the real pipeline, handled inline)', () => {
  it('nobody is asked before the session ends, nor in the quiet hours at the venue', async () => {
    expect((await ask()).asked).toBe(0);
    await endSessions(['s-pgvector', 's-whatsapp']);
    await setEventHour(23);
    expect(await ask()).toMatchObject({ asked: 0, waiting: 2 });
    await setEventHour(7);
    expect((await ask()).asked).toBe(0);
    expect(await feedbackOf(DMITRI, 's-pgvector')).toBeUndefined();
    await setEventHour(12);
  });

  it('asks each attendee once with 1–5 rows, in their language; never someone who opted out', async () => {
    await sql(`update contacts set language = 'pt', language_set_by = 'detected' where phone = ?`, [FATIMA]);
    const first = await ask();
    expect(first.asked).toBe(2);
    const sent = await payloads(first.outboxIds);
    expect(sent.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        'How was *Scaling Postgres with pgvector*? Rate it from 1 to 5 (5 = excellent).',
        'Como foi *Building WhatsApp Bots that People Love*? Avalie de 1 a 5 (5 = excelente).',
      ]),
    );
    expect(sent.every((p) => p.kind === 'list')).toBe(true);
    expect(await feedbackOf(ALICE, 's-pgvector')).toBeUndefined();
    // Runs again (a retried or overlapping job): nobody is asked twice.
    expect((await ask()).asked).toBe(0);
  });

  it('"7" and "great!!!" get the question again and store nothing', async () => {
    expect(await say(DMITRI, '7')).toMatch(
      /Please pick a number from 1 to 5 for \*Scaling Postgres with pgvector\*[\s\S]*1\. 1 – Poor[\s\S]*5\. 5 – Excellent/,
    );
    expect(await say(DMITRI, 'great!!!')).toMatch(
      /Please pick a number from 1 to 5 for \*Scaling Postgres with pgvector\*/,
    );
    expect((await feedbackOf(DMITRI, 's-pgvector'))!.rating).toBeNull();
  });

  it('a double tap on "4" stores one rating and asks for a comment once', async () => {
    const { id } = (await feedbackOf(DMITRI, 's-pgvector'))!;
    const replies = await Promise.all([
      tap(DMITRI, `act:feedback-rate:${id}:4`),
      tap(DMITRI, `act:feedback-rate:${id}:4`),
    ]);
    expect(replies.filter((r) => /Anything you would like to add\?/.test(r))).toHaveLength(1);
    expect(
      replies.filter((r) => /already rated \*Scaling Postgres with pgvector\* 4\/5/.test(r)),
    ).toHaveLength(1);
    expect(await feedbackOf(DMITRI, 's-pgvector')).toMatchObject({ rating: 4, status: 'rated' });
  });

  it('the comment: 4 KB is sent back to be shortened, a sentence is stored once', async () => {
    expect(await say(DMITRI, 'x'.repeat(5000))).toMatch(/too long for me/);
    expect(await say(DMITRI, 'y'.repeat(1200))).toMatch(/keep it under 1000 characters/);
    expect((await feedbackOf(DMITRI, 's-pgvector'))!.comment).toBeNull();
    expect(await say(DMITRI, 'Great talk, but the room was far too hot')).toMatch(
      /your comment has been passed on to the organizers/,
    );
    expect(await feedbackOf(DMITRI, 's-pgvector')).toMatchObject({
      status: 'commented',
      rating: 4,
      comment: 'Great talk, but the room was far too hot',
    });
    // The question is closed: the next message is an ordinary one again.
    expect(await say(DMITRI, 'The wifi is slow')).not.toMatch(/comment has been passed on/);
  });

  it('another request lets the question lapse; the row still works later, and "no" skips the comment', async () => {
    expect(await say(FATIMA, 'what time is lunch?')).not.toMatch(/pick a number/);
    const { id } = (await feedbackOf(FATIMA, 's-whatsapp'))!;
    expect(await tap(FATIMA, `act:feedback-rate:${id}:5`)).toMatch(/Anything you would like to add\?/);
    expect(await say(FATIMA, 'no')).toMatch(/No problem — thanks for rating!/);
    expect(await feedbackOf(FATIMA, 's-whatsapp')).toMatchObject({
      status: 'skipped',
      rating: 5,
      comment: null,
    });
    // Someone else's request id is not theirs to answer.
    const dmitris = (await feedbackOf(DMITRI, 's-pgvector'))!.id;
    expect(await tap(FATIMA, `act:feedback-rate:${dmitris}:1`)).toMatch(
      /already been answered or has lapsed/,
    );
    expect((await feedbackOf(DMITRI, 's-pgvector'))!.rating).toBe(4);
  });

  it('the daily cap holds, and outside the 24-hour window the request is a template', async () => {
    // Hiro never wrote to us; he attended three sessions that all ended (recorded for the test directly).
    await endSessions(['s-ts-workshop', 's-fundraising', 's-closing']);
    await sql(
      `insert into session_attendance (id, session_id, contact_id, source, created_at)
        select gen_random_uuid(), s.id, a.contact_id, 'code', now() from event_sessions s, attendees a
        where a.code = 'a-hiro' and s.code in ('s-ts-workshop', 's-fundraising', 's-closing')`,
    );
    const run = await ask({ ...SETTINGS, dailyCap: 2 });
    expect(run.asked).toBe(2);
    expect(run.waiting).toBe(1);
    const sent = await payloads(run.outboxIds);
    expect(sent.map((p) => p.kind)).toEqual(['template', 'template']);
    expect(sent[0]!.templateId).toBe('session_feedback_v1');
    expect((await ask({ ...SETTINGS, dailyCap: 2 })).asked).toBe(0);
    // The next day at the venue, the third is asked.
    const tomorrow = DateTime.now().plus({ hours: 24 }).toJSDate();
    await sql(`update event_sessions set ends_at = ? where code = 's-closing'`, [
      new Date(tomorrow.getTime() - 60_000),
    ]);
    await sql(`update events set timezone = ? where id = 'devsummit-2026'`, [zoneAt(tomorrow, 12)]);
    expect((await ask({ ...SETTINGS, dailyCap: 2 }, tomorrow)).asked).toBe(1);
    await setEventHour(12);
  });

  it('ten taps at the same moment, each in its own transaction: one rating counts', async () => {
    const [row] = await sql<{ id: string; contact_id: string }>(
      `select f.id, f.contact_id from session_feedback f join event_sessions s on s.id = f.session_id
        where s.code = 's-ts-workshop'`,
    );
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.deps.db.em.fork().transactional((tx) =>
          rateSessionFeedback(tx, {
            feedbackId: row!.id,
            contactId: row!.contact_id,
            rating: (i % 5) + 1,
            now: new Date(),
          }),
        ),
      ),
    );
    const rated = outcomes.filter((o) => o.kind === 'rated');
    expect(rated).toHaveLength(1);
    const [stored] = await sql<{ rating: number }>(`select rating from session_feedback where id = ?`, [
      row!.id,
    ]);
    const winner = outcomes.findIndex((o) => o.kind === 'rated');
    expect(stored!.rating).toBe((winner % 5) + 1);
    expect(
      outcomes
        .filter((o) => o.kind === 'already')
        .every((o) => o.kind === 'already' && o.rating === stored!.rating),
    ).toBe(true);
  });

  it('"forget me" deletes the person’s attendance, ratings and comments', async () => {
    expect(await feedbackOf(DMITRI, 's-pgvector')).toBeDefined();
    await say(DMITRI, 'forget me');
    await say(DMITRI, 'yes');
    expect(await feedbackOf(DMITRI, 's-pgvector')).toBeUndefined();
    const [left] = await sql<{ n: string }>(
      `select count(*) as n from session_attendance a join contacts c on c.id = a.contact_id where c.phone = ?`,
      [DMITRI],
    );
    expect(left!.n).toBe('0');
  });
});
