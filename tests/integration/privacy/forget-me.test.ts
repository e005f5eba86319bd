import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const ALICE = '+15550100101';
const BOB = '+15550100102';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(() => app.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const count = async (query: string, params: unknown[] = []) =>
  Number((await sql<{ n: string }>(`select count(*) as n from (${query}) q`, params))[0]?.n);

/** Alice's rows in every table a feature keeps personal data in. */
async function aliceData() {
  const alice = `(select id from attendees where code = 'a-alice')`;
  const contact = `(select id from contacts where phone = '${ALICE}')`;
  return {
    leads: await count(`select 1 from sponsor_leads where contact_id = ${contact}`),
    activities: await count(`select 1 from sponsor_activities where contact_id = ${contact}`),
    embeddings: await count(`select 1 from attendee_embeddings where attendee_id = ${alice}`),
    goals: await count(`select 1 from connection_goals where attendee_id = ${alice}`),
    suggestions: await count(`select 1 from matches where attendee_id = ${alice} or suggested_id = ${alice}`),
    openMeetings: await count(
      `select 1 from meetings where (requester_id = ${alice} or invitee_id = ${alice})
         and status in ('pending', 'accepted')`,
    ),
  };
}

describe('"forget me" runs every feature\'s eraser in one go', () => {
  it("removes leads, networking data and open meetings (the other side is told), keeps other people's data", async () => {
    expect(await say(ALICE, "I'm a CTO into Kubernetes and Postgres, looking to hire")).toMatch(/Got it/);
    expect(await say(ALICE, "I'd like a demo from Acme Cloud")).toMatch(/May I share/);
    expect(await say(ALICE, 'yes')).toMatch(/Acme Cloud now has your name/);
    expect(await say(ALICE, 'who should I meet?')).toMatch(/People worth meeting/);
    expect(await say(ALICE, 'meet Bob at 3pm')).toMatch(/I've asked Bob Chen to meet you/);

    const before = await aliceData();
    expect(before.leads).toBe(1);
    expect(before.activities).toBeGreaterThan(0);
    expect(before.embeddings).toBe(1);
    expect(before.goals).toBeGreaterThan(0);
    expect(before.suggestions).toBeGreaterThan(0);
    expect(before.openMeetings).toBe(1);
    const bobEmbeddings = await count(
      `select 1 from attendee_embeddings where attendee_id = (select id from attendees where code = 'a-bob')`,
    );
    expect(bobEmbeddings).toBe(1);

    expect(await say(ALICE, 'forget me')).toMatch(/This can't be undone. Go ahead\?/);
    expect(await say(ALICE, '1')).toMatch(/deleted/i);

    expect(await aliceData()).toEqual({
      leads: 0,
      activities: 0,
      embeddings: 0,
      goals: 0,
      suggestions: 0,
      openMeetings: 0,
    });
    // Her profile facts and what she wrote are blanked (rows stay: tickets and webhook dedupe need them).
    const [profile] = await sql<{ email: string | null; role: string; interests: string[] }>(
      `select email, role, interests from attendees where code = 'a-alice'`,
    );
    expect(profile).toEqual({ email: null, role: '', interests: [] });
    const written = await sql<{ body: string; redacted: string | null }>(
      `select m.body, m.payload->>'redacted' as redacted from messages m join contacts c on c.id = m.contact_id
        where c.phone = ? and m.direction = 'in' and m.body <> '1'`,
      [ALICE],
    );
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(written.map(() => ({ body: '', redacted: 'true' })));
    // Bob's own data stays; he hears that the meeting is off.
    expect(
      await count(
        `select 1 from attendee_embeddings where attendee_id = (select id from attendees where code = 'a-bob')`,
      ),
    ).toBe(1);
    const toBob = await sql<{ body: string }>(
      `select m.body from messages m join contacts c on c.id = m.contact_id
        where c.phone = ? and m.direction = 'out' order by m.created_at desc limit 1`,
      [BOB],
    );
    expect(toBob[0]?.body).toMatch(/cancel/i);

    const [audit] = await sql<{ details: { counts: Record<string, number> } }>(
      `select details from audit_log where action = 'privacy.forget_me' order by created_at desc limit 1`,
    );
    expect(audit?.details.counts['sponsor leads']).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(ALICE);
    expect(JSON.stringify(audit)).not.toMatch(/Alice|Kubernetes/i);
  });
});
