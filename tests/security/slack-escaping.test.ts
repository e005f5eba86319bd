import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBlocks } from '../../adapters/channels/slack/render-blocks.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

/**
 * Issue 15, item 6: attendees' words reach organizers' Slack (handoff threads, relayed messages, lead
 * cards, the feed). Slack reads `<!channel>` as a ping and `<url|label>` as a disguised link, so `&`, `<`
 * and `>` from attendees must arrive escaped.
 */
const HOSTILE = '<!channel> urgent & <https://evil.example/login|your ticket>';
const ESCAPED = '&lt;!channel&gt; urgent &amp; &lt;https://evil.example/login|your ticket&gt;';

describe('every note for organizers is escaped for Slack', () => {
  it('escapes &, < and > in the headline, section titles and lines (and the notification text)', () => {
    const { text, blocks } = renderBlocks({
      text: `Eve ${HOSTILE}`,
      sections: [{ title: 'Company <!here>', lines: [HOSTILE] }],
    });
    expect(text).toBe(`Eve ${ESCAPED}`);
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: `Eve ${ESCAPED}` } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Company &lt;!here&gt;*\n${ESCAPED}` } },
    ]);
  });
});

describe('a hostile attendee on WhatsApp, through the real server and workers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ slack: true });
  });
  afterAll(() => app?.close());

  const whatsapp = async (body: string) => {
    const res = await postTwilio(app.baseUrl, '/webhooks/twilio/whatsapp', {
      ...whatsappText('+15550188001', body),
      ProfileName: '<!channel> Eve & <https://evil.example|Support>',
    });
    expect(res.status).toBe(200);
  };

  it('cannot ping a channel or post a disguised link in the handoff thread or the relayed messages', async () => {
    await whatsapp(HOSTILE);
    await whatsapp('talk to a human');
    const slack = app.slackApi!;
    const root = await slack.waitFor(
      () =>
        slack.calls.find(
          (c) =>
            c.method === 'chat.postMessage' &&
            c.args.channel === TEST_SLACK.handoffChannel &&
            !c.args.thread_ts,
        ),
      'the handoff thread',
    );
    const ts = await eventually(
      async () =>
        (
          await app.deps.db.em
            .fork()
            .execute<{ ts: string }[]>(
              `select slack_thread_ts as ts from handoffs where slack_thread_ts is not null`,
            )
        )[0]?.ts,
      10_000,
      'the handoff thread ts saved',
    );
    await whatsapp(`again ${HOSTILE}`);
    const relayed = await slack.waitFor(
      () =>
        slack.calls.find(
          (c) =>
            c.method === 'chat.postMessage' &&
            c.args.thread_ts === ts &&
            String(c.args.text).includes('again'),
        ),
      'the relayed message',
    );

    for (const call of [root, relayed]) {
      const posted = JSON.stringify(call.args);
      expect(posted).not.toContain('<!channel>');
      expect(posted).not.toContain('<https://evil.example');
    }
    expect(JSON.stringify(root.args.blocks)).toContain(ESCAPED);
    expect(JSON.stringify(relayed.args.blocks)).toContain(`again ${ESCAPED}`);
    // Nothing posted anywhere carries the raw syntax (the feed's "new handoff" item included).
    await eventually(
      async () => slack.calls.some((c) => c.args.channel === TEST_SLACK.feedChannel),
      15_000,
      'the feed post about the handoff',
    );
    expect(JSON.stringify(slack.calls)).not.toMatch(/<!channel>|<https:\/\/evil\.example/);
  });
});
