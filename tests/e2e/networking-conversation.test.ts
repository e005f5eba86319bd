import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

const EMEKA = '+15550100105';
const BOB = '+15550100102';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const to = (phone: string) => messagesTo(app, phone);

const waitFor = (phone: string, expected: RegExp, after: number) =>
  nextMessageTo(app, phone, expected, after);

const say = (phone: string, body: string, expected: RegExp) => sayAndAwait(app, phone, body, expected);

/** Runs a delayed networking job now, as if its time had come (the meeting's times were moved first). */
async function promote(jobId: string) {
  const job = await eventually(async () => app.deps.queues.networking.getJob(jobId), 5_000, `job ${jobId}`);
  expect(await job.getState()).toBe('delayed');
  await job.promote();
}

describe('networking over signed Twilio webhooks', () => {
  it('matched, request, accept, reminded 10 minutes before, both confirm they met', async () => {
    // Matched: the investor sees the founder who wants investors, with the reason.
    const suggestions = await say(EMEKA, 'who should I meet?', /People worth meeting/);
    expect(suggestions.body).toMatch(/• \*Bob Chen\* — Founder, Calmware\n\s+Bob wants to meet investors/);
    expect(suggestions.body).toMatch(/\d+\. Meet Bob Chen/);
    await say(BOB, 'hi', /.+/);

    // Request: "Meet Bob Chen" is the first row; then the first free slot for both.
    const slots = await say(EMEKA, '1', /When would you like to meet Bob\?/);
    expect(slots.body).toMatch(/Pick a time on Thu 10 Dec .*\n\n1\. 10:30\n2\. 10:50\n3\. 11:10/);
    const bobBefore = to(BOB).length;
    await say(EMEKA, '1', /I've asked Bob Chen to meet you on Thu 10 Dec, 10:30–10:50/);
    const invitation = await waitFor(
      BOB,
      /Emeka Obi \(Investor, Lagos Ventures\) would like to meet you/,
      bobBefore,
    );
    expect(invitation.body).toMatch(/1\. Accept\n2\. Decline\n3\. Suggest another time/);

    // Accept: both hear the time and the table.
    const emekaBefore = to(EMEKA).length;
    await say(BOB, '1', /✅ Booked: Emeka Obi, Thu 10 Dec, 10:30–10:50 at Meeting Table 1/);
    await waitFor(EMEKA, /✅ Bob Chen accepted: Thu 10 Dec, 10:30–10:50 at Meeting Table 1/, emekaBefore);
    const [meeting] = await sql<{ id: string; status: string; location: string }>(
      `select id, status, location from meetings`,
    );
    expect(meeting).toMatchObject({ status: 'accepted', location: 'Meeting Table 1' });
    expect(await sql('select 1 from meeting_holds where meeting_id = ?', [meeting!.id])).toHaveLength(2);

    // Reminded: the clock moves to 9 minutes before the meeting and its delayed reminder job runs.
    await sql(
      `update meetings set starts_at = now() + interval '9 minutes', ends_at = now() + interval '29 minutes' where id = ?`,
      [meeting!.id],
    );
    const [b, e] = [to(BOB).length, to(EMEKA).length];
    await promote(`meeting-remind-${meeting!.id}`);
    await waitFor(BOB, /⏰ In 10 minutes: your meeting with Emeka Obi \(Investor\) at Meeting Table 1/, b);
    await waitFor(EMEKA, /⏰ In 10 minutes: your meeting with Bob Chen \(Founder\) at Meeting Table 1/, e);
    const [reminded] = await sql<{ reminded_at: Date | null }>(
      'select reminded_at from meetings where id = ?',
      [meeting!.id],
    );
    expect(reminded?.reminded_at).not.toBeNull();

    // After the slot: "Did you meet …?" to both; mutual yes records that they met.
    await sql(
      `update meetings set starts_at = now() - interval '25 minutes', ends_at = now() - interval '5 minutes' where id = ?`,
      [meeting!.id],
    );
    const [b2, e2] = [to(BOB).length, to(EMEKA).length];
    await promote(`meeting-ask-${meeting!.id}`);
    await waitFor(BOB, /Did you meet Emeka Obi/, b2);
    await waitFor(EMEKA, /Did you meet Bob Chen/, e2);
    await say(EMEKA, '1', /I'll record it once Bob confirms too/);
    await say(BOB, '1', /you and Emeka both confirmed you met/);

    const [done] = await sql<{ status: string; requester_met: boolean; invitee_met: boolean }>(
      'select status, requester_met, invitee_met from meetings where id = ?',
      [meeting!.id],
    );
    expect(done).toEqual({ status: 'completed', requester_met: true, invitee_met: true });
    const met = await sql<{ status: string }>(
      `select status from matches where status = 'met' and attendee_id in (select id from attendees where code in ('a-bob', 'a-emeka'))`,
    );
    expect(met).toHaveLength(2);
    // Exactly one reminder each, even with the sweep running in the background.
    const reminders = await sql<{ n: number }>(
      `select count(*)::int as n from messages where intent = 'meeting_reminder' and direction = 'out'`,
    );
    expect(reminders[0]?.n).toBe(2);
    // They met: neither is suggested to the other again.
    const again = await say(EMEKA, 'who should I meet?', /People worth meeting/);
    expect(again.body).not.toMatch(/Bob Chen/);
  });
});
