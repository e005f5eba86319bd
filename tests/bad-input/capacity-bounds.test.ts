import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postButton, postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

// Item 12 of issue 15: `/eventos capacity vip +999999` was accepted (20 → 1,000,019).
const EVENT_ID = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const capacityOf = async (code: string) =>
  (
    await sql<{ capacity: number }>(`select capacity from ticket_tiers where event_id = ? and code = ?`, [
      EVENT_ID,
      code,
    ])
  )[0]!.capacity;

async function command(text: string) {
  const responseUrl = slack().responseUrl();
  const res = await postCommand(app.baseUrl, text, { responseUrl });
  expect(res.status).toBe(200);
  return slack().waitFor(
    () => slack().responses.find((r) => r.id === responseUrl.split('/').at(-1))?.body,
    `the answer to “${text}”`,
  );
}

async function click(actionId: string, value: string) {
  const responseUrl = slack().responseUrl();
  expect((await postButton(app.baseUrl, { actionId, value }, { responseUrl })).status).toBe(200);
  return slack().waitFor(
    () => slack().responses.find((r) => r.id === responseUrl.split('/').at(-1))?.body,
    `the answer to ${actionId}`,
  );
}

beforeEach(async () => {
  // The fixture: general 300, vip 20, student 50, expo 500 in a venue of 900.
  await sql(
    `update ticket_tiers set capacity = case code when 'general' then 300 when 'vip' then 20
    when 'student' then 50 else 500 end, sold = 0, held = 0 where event_id = ?`,
    [EVENT_ID],
  );
});

describe('/eventos capacity bounds', () => {
  it('refuses a raise beyond the venue’s capacity, naming the venue and the most it can be', async () => {
    const body = await command('capacity vip +999999');
    expect(String(body.text)).toMatch(/can’t go to 1,000,019: Lisbon Congress Centre holds 900 people/);
    expect(String(body.text)).toMatch(/the most vip can have is 50/);
    expect(await capacityOf('vip')).toBe(20);
  });

  it('makes a small change at once', async () => {
    const body = await command('capacity vip +5');
    expect(String(body.text)).toMatch(/Capacity of vip: 20 → 25/);
    expect(await capacityOf('vip')).toBe(25);
  });

  it('asks to confirm a large change, and makes it once on Confirm', async () => {
    await sql(`update ticket_tiers set capacity = 100 where event_id = ? and code = 'expo'`, [EVENT_ID]);
    const preview = await command('capacity expo 400');
    expect(String(preview.text)).toMatch(
      /100 → 400 is a large change\. Nothing is changed until you confirm/,
    );
    expect(await capacityOf('expo')).toBe(100);
    const blocks = preview.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const confirm = blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(confirm.action_id).toBe('capacity_confirm');

    const done = await click('capacity_confirm', confirm.value);
    expect(String(done.text)).toMatch(/Capacity of expo: 100 → 400/);
    expect(await capacityOf('expo')).toBe(400);
    const again = await click('capacity_confirm', confirm.value);
    expect(String(again.text)).toMatch(/already confirmed/);
    expect(await capacityOf('expo')).toBe(400);
  });

  it('tells an organizer that a capacity change of another event is not theirs', async () => {
    const [other] = await sql<{ id: string }>(
      `insert into organizer_commands (id, event_id, slack_user_id, command, args, status, created_at)
       values (gen_random_uuid(), 'other-event-2026', 'U0SOMEONE', 'capacity', 'vip 400', 'done', now())
       returning id`,
    );
    const body = await click('capacity_confirm', other!.id);
    expect(String(body.text)).toMatch(/belongs to another event/);
    expect(String(body.text)).not.toMatch(/add your Slack user/);
  });
});
