import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { postCommand, postThreadReply } from '../support/slack-client.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';

// Item 10 of issue 15: texts longer than one WhatsApp message used to be cut to 1,600 characters with "…".
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

/** 4,000+ characters in numbered sentences, so order and completeness can be checked. */
const longText = Array.from({ length: 150 }, (_, i) => `Sentence ${i + 1} of the reply.`).join(' ');

describe('an organizer’s reply longer than one WhatsApp message', () => {
  it('reaches the attendee whole, as several messages in order, none cut', async () => {
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
    const after = messagesTo(app, ALICE).length;
    expect(longText.length).toBeGreaterThan(3200);
    const res = await postThreadReply(app.baseUrl, {
      channel: TEST_SLACK.handoffChannel,
      threadTs: handoff.slack_thread_ts,
      text: longText,
    });
    expect(res.status).toBe(200);
    await nextMessageTo(app, ALICE, /Sentence 150 of the reply\.$/, after);
    const parts = messagesTo(app, ALICE)
      .slice(after)
      .map((m) => m.body ?? '');
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1600);
      expect(part.endsWith('…')).toBe(false);
    }
    expect(parts.join(' ')).toBe(longText);
  });
});

describe('a broadcast longer than one WhatsApp message', () => {
  it('is refused in the preview with the limit named, and offers no Confirm button', async () => {
    const responseUrl = slack().responseUrl();
    const res = await postCommand(app.baseUrl, `broadcast ${longText}`, { responseUrl });
    expect(res.status).toBe(200);
    const body = await slack().waitFor(
      () => slack().responses.find((r) => r.id === responseUrl.split('/').at(-1))?.body,
      'the broadcast answer',
    );
    expect(String(body.text)).toMatch(/at most 1,600/);
    expect(String(body.text)).toContain(`${longText.length.toLocaleString('en')} characters`);
    expect(JSON.stringify(body)).not.toContain('broadcast_confirm');
  });
});
