import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/**
 * Issue 15, item 3: one Slack user's commands are limited per minute (4 here); past it each command is
 * acknowledged with an ephemeral "slow down" and nothing is logged or queued. Another organizer is not
 * affected.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true, workers: false, env: { RATE_LIMIT_SLACK_PER_MINUTE: '4' } });
});
afterAll(() => app?.close());

const logged = (userId: string) =>
  app.deps.db.em
    .fork()
    .execute<{ n: number }[]>('select count(*)::int as n from organizer_commands where slack_user_id = ?', [
      userId,
    ])
    .then(([row]) => row?.n ?? 0);

describe('Slack commands per user', () => {
  it('acks past the limit with a note and logs nothing more', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        postCommand(app.baseUrl, 'stats', { responseUrl: app.slackApi!.responseUrl(), userId: 'U0FLOOD01' }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(bodies.filter((b) => b.includes('faster than I can take them'))).toHaveLength(6);
    expect(await logged('U0FLOOD01')).toBe(4);
  });

  it('still takes another user’s command', async () => {
    const res = await postCommand(app.baseUrl, 'stats', { responseUrl: app.slackApi!.responseUrl() });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('faster than I can take them');
  });
});
