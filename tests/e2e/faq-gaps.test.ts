import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postButton, postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';

const INBOUND = '/webhooks/twilio/whatsapp';
const NOT_SURE = /rather not guess/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(() => app?.close());

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function say(phone: string, body: string, expected: RegExp) {
  const after = messagesTo(app, phone).length;
  expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(phone, body))).status).toBe(200);
  return nextMessageTo(app, phone, expected, after);
}

async function command(text: string) {
  const responseUrl = slack().responseUrl();
  const id = responseUrl.split('/').at(-1)!;
  expect((await postCommand(app.baseUrl, text, { responseUrl })).status).toBe(200);
  return slack().waitFor(() => slack().responses.find((r) => r.id === id)?.body, text) as Promise<{
    text: string;
    blocks: { type: string; text?: { text: string }; elements?: { action_id: string; value: string }[] }[];
  }>;
}

describe('/eventos faq gaps over signed Twilio webhooks and signed Slack requests', () => {
  it('three differently worded unanswered questions about the same thing appear as one cluster; "Add FAQ" opens the form filled in', async () => {
    await say('+15550100105', 'Can I bring my dog?', NOT_SURE);
    await say('+15550100106', 'are dogs welcome?', NOT_SURE);
    await say('+15550100107', 'is bringing a dog fine?', NOT_SURE);
    await say('+15550100108', 'where can I pray?', NOT_SURE);
    // Taking the offer of a human: that question went to the team.
    await say('+15550100107', 'yes', /asked the team/);

    const gaps = await command('faq gaps');
    const text = JSON.stringify(gaps);
    expect(text).toContain('4 unanswered questions in 2 groups');
    const sections = gaps.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
    const dogs = sections.find((s) => s.includes('Asked 3 times'));
    expect(dogs).toBeDefined();
    expect(dogs).toContain('1 went to a human');
    for (const q of ['Can I bring my dog?', 'are dogs welcome?', 'is bringing a dog fine?'])
      expect(dogs).toContain(q);
    expect(dogs).not.toContain('pray');
    expect(sections.find((s) => s.includes('Asked 1 time'))).toContain('where can I pray?');
    expect(text).not.toContain('+1555');

    const buttons = gaps.blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toEqual(['faq_gap_add_1', 'faq_gap_add_2']);
    const opens = slack().calls.filter((c) => c.method === 'views.open').length;
    const res = await postButton(
      app.baseUrl,
      { actionId: 'faq_gap_add_1', value: buttons[0]!.value },
      { responseUrl: slack().responseUrl() },
    );
    expect(res.status).toBe(200);
    const open = await slack().waitFor(
      () => slack().calls.filter((c) => c.method === 'views.open')[opens],
      'views.open',
    );
    const view = open.args.view as {
      callback_id: string;
      title: { text: string };
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe('faq_modal');
    expect(view.title.text).toBe('Add FAQ');
    expect(JSON.parse(view.private_metadata)).toEqual({ eventId: 'devsummit-2026', faqId: null });
    const question = view.blocks.find((b) => b.block_id === 'question')?.element.initial_value;
    expect(['Can I bring my dog?', 'are dogs welcome?', 'is bringing a dog fine?']).toContain(question);
  });

  it('a text blanked by retention leaves the report, and its "Add FAQ" no longer opens the form', async () => {
    const [miss] = await sql<{ id: string }>(
      `select f.id from faq_misses f join messages m on m.id = f.message_id where m.body = 'where can I pray?'`,
    );
    await sql(
      `update messages set body = '', payload = jsonb_build_object('kind', kind, 'blanked', true) where body = 'where can I pray?'`,
    );
    const text = JSON.stringify(await command('faq gaps'));
    expect(text).toContain('3 unanswered questions in 1 group');
    expect(text).not.toContain('pray');
    const responseUrl = slack().responseUrl();
    const id = responseUrl.split('/').at(-1)!;
    await postButton(app.baseUrl, { actionId: 'faq_gap_add_1', value: miss!.id }, { responseUrl });
    const answer = await slack().waitFor(
      () => slack().responses.find((r) => r.id === id)?.body,
      'the answer',
    );
    expect(JSON.stringify(answer)).toContain('no longer available');
  });

  it('an FAQ answer counts its use once per answer, and /eventos faq shows the count', async () => {
    await say('+15550100109', 'what is the wifi password?', /lisbon2026/);
    await say('+15550100110', 'wifi password pls', /lisbon2026/);
    const [row] = await sql<{ usage_count: number }>(
      `select usage_count from faq_library where code = 'faq-wifi'`,
    );
    expect(row!.usage_count).toBe(2);
    expect(JSON.stringify(await command('faq'))).toContain(
      'What is the Wi-Fi network and password? · used 2×',
    );
  });
});
