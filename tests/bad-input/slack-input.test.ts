import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { postButton, postCommand, postThreadReply } from '../support/slack-client.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';

// Items 9 and 11 of issue 15: control characters in what organizers type, and buttons with values we did
// not send, used to end in silence.
const INBOUND = '/webhooks/twilio/whatsapp';
const ALICE = '+15550100101';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const responseTo = (url: string, label: string) =>
  slack().waitFor(() => slack().responses.find((r) => r.id === url.split('/').at(-1))?.body, label);

describe('control characters typed in Slack', () => {
  it('acks and runs a slash command with a NUL byte in it', async () => {
    const responseUrl = slack().responseUrl();
    const res = await postCommand(app.baseUrl, 'find Ali\u0000ce', { responseUrl });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Working on');
    const body = await responseTo(responseUrl, 'the find answer');
    expect(JSON.stringify(body)).toContain('Alice Martins');
    const [logged] = await sql<{ args: string }>(
      `select args from organizer_commands where command = 'find'`,
    );
    expect(logged!.args).toBe('Alice');
  });

  it('relays an organizer’s thread reply with a NUL byte to the attendee', async () => {
    const before = messagesTo(app, ALICE).length;
    expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(ALICE, 'talk to a human'))).status).toBe(200);
    await nextMessageTo(app, ALICE, /asked the team/, before);
    const handoff = await eventually(
      async () =>
        (
          await sql<{ slack_thread_ts: string }>(
            `select slack_thread_ts from handoffs where status = 'open' and slack_thread_ts is not null`,
          )
        )[0],
      10_000,
      'the handoff thread',
    );
    const res = await postThreadReply(app.baseUrl, {
      channel: TEST_SLACK.handoffChannel,
      threadTs: handoff.slack_thread_ts,
      text: 'Hi Alice\u0000, Maria here\u0007!',
    });
    expect(res.status).toBe(200);
    await nextMessageTo(app, ALICE, /^Hi Alice, Maria here!$/, before);
  });
});

describe('buttons with values we did not send', () => {
  const broken = /not one we sent/;
  const cases = [
    ['checkin_confirm', 'not-a-uuid:qr'],
    ['checkin_confirm', ''],
    ['broadcast_confirm', 'not-a-uuid'],
    ['broadcast_confirm', ''],
    ['waitlist_offer_next', 'not-a-uuid'],
    ['waitlist_remove', "1' or '1'='1"],
    ['handoff_resolve', 'not-a-uuid'],
    ['handoff_resolve', '\u0000'],
  ] as const;

  for (const [actionId, value] of cases) {
    it(`answers ${actionId} with ${JSON.stringify(value)} with a clear ephemeral note`, async () => {
      const responseUrl = slack().responseUrl();
      const res = await postButton(app.baseUrl, { actionId, value }, { responseUrl });
      expect(res.status).toBe(200);
      const body = await responseTo(responseUrl, `the answer to ${actionId}`);
      expect(body.response_type).toBe('ephemeral');
      expect(String(body.text)).toMatch(broken);
    });
  }

  it('tells an organizer that a broadcast belongs to another event instead of asking for access', async () => {
    const [other] = await sql<{ id: string }>(
      `insert into organizer_commands (id, event_id, slack_user_id, command, args, status, created_at)
       values (gen_random_uuid(), 'other-event-2026', 'U0SOMEONE', 'broadcast', 'hello', 'done', now())
       returning id`,
    );
    const responseUrl = slack().responseUrl();
    await postButton(app.baseUrl, { actionId: 'broadcast_confirm', value: other!.id }, { responseUrl });
    const body = await responseTo(responseUrl, 'the answer to another event’s broadcast');
    expect(String(body.text)).toMatch(/belongs to another event/);
    expect(String(body.text)).not.toMatch(/ask an organizer to add your Slack user/);
  });
});
