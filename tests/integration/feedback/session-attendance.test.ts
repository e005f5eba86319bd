import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline, tapInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const DMITRI = '+15550100104'; // Staff Engineer; postgres, vector search: a cold lead for Acme Cloud (postgres)
const FATIMA = '+15550100106';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  // The pgvector and WhatsApp talks run now; the keynote is tomorrow.
  await sql(
    `update event_sessions set starts_at = now() - interval '20 minutes', ends_at = now() + interval '25 minutes'
      where code in ('s-pgvector', 's-whatsapp')`,
  );
  await sql(
    `update event_sessions set starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 1 hour' where code = 's-keynote'`,
  );
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');

const tap = async (from: string, payload: string) => (await tapInline(app, from, payload)).join('\n---\n');

const attendance = (phone: string) =>
  sql<{ code: string; source: string }>(
    `select s.code, a.source from session_attendance a join event_sessions s on s.id = a.session_id
      join contacts c on c.id = a.contact_id where c.phone = ? order by s.code`,
    [phone],
  );

const acmeLead = async (phone: string) =>
  (
    await sql<{ score: number; scoring_factors: { code: string; label: string }[] }>(
      `select l.score, l.scoring_factors from sponsor_leads l join contacts c on c.id = l.contact_id
        join sponsors s on s.id = l.sponsor_id where c.phone = ? and s.code = 'acme-cloud'`,
      [phone],
    )
  )[0];

describe('session attendance by the room code or a sentence (the real pipeline, handled inline)', () => {
  it('the room code records attendance once and raises the lead score of a sponsor on the session’s topic', async () => {
    expect(await say(DMITRI, 'share my details with Acme Cloud')).toMatch(/May I share/);
    expect(await tap(DMITRI, 'act:lead-consent:acme-cloud:yes')).toMatch(/Done ✅ Acme Cloud now has/);
    const before = await acmeLead(DMITRI);
    expect(before?.scoring_factors.map((f) => f.code)).not.toContain('sessions_on_topic');

    expect(await say(DMITRI, 'HERE-S-PGVECTOR')).toMatch(
      /Welcome to \*Scaling Postgres with pgvector\* \(Room A\) ✅ I've noted that you're here/,
    );
    const after = await acmeLead(DMITRI);
    expect(after!.score).toBe(before!.score + 10);
    expect(after!.scoring_factors).toContainEqual(
      expect.objectContaining({ code: 'sessions_on_topic', label: 'attended 1 session on their topics' }),
    );

    // Scanned again (and typed loosely): nothing new is recorded, the score stays.
    expect(await say(DMITRI, 'here s-pgvector')).toMatch(
      /already noted at \*Scaling Postgres with pgvector\*/,
    );
    expect(await attendance(DMITRI)).toEqual([{ code: 's-pgvector', source: 'code' }]);
    expect((await acmeLead(DMITRI))!.score).toBe(after!.score);
    const [activities] = await sql<{ n: string }>(
      `select count(*) as n from sponsor_activities a join contacts c on c.id = a.contact_id
        join sponsors s on s.id = a.sponsor_id where c.phone = ? and s.code = 'acme-cloud' and a.kind = 'session_attended'`,
      [DMITRI],
    );
    expect(activities!.n).toBe('1');
  });

  it('"I\'m at the WhatsApp talk" is attendance too, said in a sentence; a session not on a sponsor’s topics adds no activity', async () => {
    expect(await say(FATIMA, "I'm at the whatsapp talk")).toMatch(
      /Welcome to \*Building WhatsApp Bots that People Love\* \(Room B\)/,
    );
    expect(await attendance(FATIMA)).toEqual([{ code: 's-whatsapp', source: 'said' }]);
    const [activities] = await sql<{ n: string }>(
      `select count(*) as n from sponsor_activities a join contacts c on c.id = a.contact_id where c.phone = ?`,
      [FATIMA],
    );
    expect(activities!.n).toBe('0');
  });

  it('a session that has not started, one that is over and an unknown code get a clear answer and record nothing', async () => {
    expect(await say(FATIMA, 'HERE-S-KEYNOTE')).toMatch(/Opening Keynote.* starts at/);
    await sql(
      `update event_sessions set starts_at = now() - interval '1 hour', ends_at = now() - interval '1 minute' where code = 's-lunch-1'`,
    );
    expect(await say(FATIMA, 'HERE-S-LUNCH-1')).toMatch(/\*Lunch\* already ended/);
    expect(await say(FATIMA, 'HERE-NOPE')).toMatch(/don't recognise that session code/);
    expect(await attendance(FATIMA)).toEqual([{ code: 's-whatsapp', source: 'said' }]);
  });

  it('asking about a session is not attendance', async () => {
    expect(await say(DMITRI, 'where is the whatsapp talk?')).not.toMatch(/Welcome to/);
    expect((await attendance(DMITRI)).map((a) => a.code)).toEqual(['s-pgvector']);
  });
});
