import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/**
 * Issue 15, "Also": an organizer's `role` is enforced. Staff (Tiago Lopes in the demo event) may look
 * things up, but changing capacity or broadcasting to every attendee is for organizers; staff are told so,
 * not asked to get themselves added to the event.
 */
const STAFF = 'U0ORG0002';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true, workers: false });
});
afterAll(() => app?.close());

const ack = async (text: string, userId?: string) => {
  const res = await postCommand(app.baseUrl, text, {
    responseUrl: app.slackApi!.responseUrl(),
    ...(userId ? { userId } : {}),
  });
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
};

describe('organizer roles', () => {
  it('refuses capacity changes and broadcasts to staff, saying only organizers may', async () => {
    for (const text of ['capacity vip +5', 'broadcast all Doors open at 9']) {
      const body = await ack(text, STAFF);
      expect(body).toContain('only the event’s organizers can do that');
      expect(body).not.toContain('add your Slack user');
    }
    const [row] = await app.deps.db.em
      .fork()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from organizer_commands where slack_user_id = ? and status = 'refused'",
        [STAFF],
      );
    expect(row?.n).toBe(2);
  });

  it('still lets staff look things up, and organizers change capacity', async () => {
    expect(await ack('stats', STAFF)).not.toContain('only the event’s organizers');
    expect(await ack('capacity vip +5')).not.toContain('only the event’s organizers');
  });
});
