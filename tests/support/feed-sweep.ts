import { expect } from 'vitest';
import { feedSweepJob } from '../../jobs/feed-sweep.job.js';
import { eventually } from './eventually.js';
import { TEST_SLACK, type TestApp } from './start-test-app.js';

/** The texts posted to the feed channel at the fake Slack API, in order. */
export const feedPosts = (app: TestApp) =>
  app
    .slackApi!.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.args.channel === TEST_SLACK.feedChannel,
    )
    .map((c) => String(c.args.text));

/** Runs one feed sweep on the real worker and waits until it finished. */
export async function runFeedSweep(app: TestApp): Promise<void> {
  const job = await app.deps.queues.organizer.add(feedSweepJob.name, {});
  // Completed jobs are removed (removeOnComplete), so "gone" means done; a failure stays visible.
  const state = await eventually(
    async () => {
      const s = await job.getState();
      return s === 'completed' || s === 'unknown' || s === 'failed' ? s : undefined;
    },
    10_000,
    'the feed sweep',
  );
  expect(state).not.toBe('failed');
}
