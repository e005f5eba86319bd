import { afterAll, beforeAll, expect, it } from 'vitest';
import { postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

it('without Slack settings /slack/events answers 503 with what to set, and WhatsApp still works', async () => {
  const res = await postCommand(app.baseUrl, 'stats', { responseUrl: 'http://127.0.0.1:9/unused' });
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({
    error: 'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN.',
  });
  const whatsapp = await postTwilio(
    app.baseUrl,
    '/webhooks/twilio/whatsapp',
    whatsappText('+15550100101', 'hi'),
  );
  expect(whatsapp.status).toBe(200);
});
