import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingQuestion } from '../../../core/replies/feedback-replies.js';
import { askSessionFeedback } from '../../../core/services/feedback/ask-session-feedback.js';
import { sayInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';
import { ticketHolder } from '../../support/ticket-holder.js';
import { zoneAt } from '../../support/zone-at.js';

const EVENT = 'devsummit-2026';
const HOLDER = '+15550199001'; // a ticket, asks about the talk, never checks in
const NO_TICKET = '+15550199002'; // asks about the talk, has no ticket
const BOTH = '+15550199003'; // a ticket, asks about it and scans the room code

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await sql(`update events set timezone = ? where id = ?`, [zoneAt(new Date(), 12), EVENT]);
  await sql(
    `update event_sessions set starts_at = now() - interval '20 minutes', ends_at = now() + interval '25 minutes'
      where code = 's-pgvector'`,
  );
  await ticketHolder(app, { eventId: EVENT, phone: HOLDER });
  await ticketHolder(app, { eventId: EVENT, phone: BOTH });
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const ask = () =>
  askSessionFeedback(app.deps.db.em.fork(), {
    now: new Date(),
    settings: { dailyCap: 3, templateId: 'session_feedback_v1' },
    question: ratingQuestion,
  });
const askedPhones = async () =>
  (
    await sql<{ phone: string }>(
      `select c.phone from session_feedback f join contacts c on c.id = f.contact_id order by c.phone`,
    )
  ).map((r) => r.phone);

describe('session feedback for ticket holders who asked about the session but did not check in', () => {
  it('asks a ticket holder who asked about the talk, once; not someone without a ticket; an attendee once', async () => {
    for (const phone of [HOLDER, NO_TICKET, BOTH])
      expect(await say(phone, 'where is the pgvector talk?')).toMatch(/Scaling Postgres with pgvector/);
    expect(await say(BOTH, 'HERE-S-PGVECTOR')).toMatch(/Welcome to/);
    expect(await ask()).toMatchObject({ asked: 0 });

    await sql(
      `update event_sessions set starts_at = now() - interval '50 minutes', ends_at = now() - interval '1 minute'
        where code = 's-pgvector'`,
    );
    const first = await ask();
    expect(first).toMatchObject({ asked: 2, waiting: 0 });
    expect(await askedPhones()).toEqual([HOLDER, BOTH].sort());
    expect(await ask()).toMatchObject({ asked: 0 });
    expect(await say(HOLDER, '5')).toMatch(/Anything you would like to add\?/);
  });

  it('"forget me" deletes the sessions they asked about', async () => {
    await say(NO_TICKET, 'forget me');
    await say(NO_TICKET, 'yes');
    const left = await sql(
      `select 1 from session_interests i join contacts c on c.id = i.contact_id where c.phone = ?`,
      [NO_TICKET],
    );
    expect(left).toEqual([]);
  });
});
