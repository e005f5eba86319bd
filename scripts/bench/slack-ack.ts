/**
 * `npx tsx scripts/bench/slack-ack.ts [--json]`: signed `/eventos stats` commands at a fixed concurrency
 * against the real server and worker, Slack's API replaced by the local fake. Measures how fast the command
 * is acknowledged (Slack's budget: 3 s) and how long until the job's answer reaches the response URL (the
 * organizer job runs one at a time, so under a burst answers queue: that is the answer latency's tail).
 */

import { startFakeSlackApi } from '../../tests/fakes/fake-slack-api.js';
import { signSlackRequest } from '../../tests/fixtures/sign-slack-request.js';
import { percentile, printTable, startBenchApp } from './bench-app.js';

const SECRET = 'bench-slack-signing-secret';

export async function benchSlackAck(opts: {
  out: NodeJS.WritableStream;
  commands?: number;
  concurrency?: number;
}) {
  const total = opts.commands ?? 200;
  const concurrency = opts.concurrency ?? 10;
  const slack = await startFakeSlackApi();
  const app = await startBenchApp({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: slack.apiUrl,
  });
  try {
    const acks: number[] = [];
    const answered = new Map<string, number>();
    const post = async (i: number) => {
      const id = `bench-${i}`;
      const body = new URLSearchParams({
        team_id: 'T0TEAM001',
        channel_id: 'C0STAFF01',
        user_id: 'U0ORG0001',
        command: '/eventos',
        text: 'stats',
        response_url: slack.responseUrl(id),
        trigger_id: `t-${i}`,
      }).toString();
      const start = performance.now();
      answered.set(id, start);
      const res = await fetch(`${app.baseUrl}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SECRET, body) },
        body,
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`slack endpoint answered ${res.status}`);
      acks.push(performance.now() - start);
    };
    const answers = () => slack.responses.filter((r) => r.id.startsWith('bench-')).length;
    for (let i = 0; i < 20; i++) await post(i);
    await slack.waitFor(() => (answers() >= 20 ? true : undefined), 'warm-up answers', 60_000);
    acks.length = 0;
    const warm = slack.responses.length;

    const started = performance.now();
    let next = 20;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total + 20) await post(next++);
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    await slack.waitFor(() => (answers() >= total + 20 ? true : undefined), 'all answers', 120_000);
    const ackSorted = [...acks].sort((a, b) => a - b);
    const answerSorted = slack.responses
      .filter((r) => Number(r.id.slice('bench-'.length)) >= 20)
      .map((r) => r.receivedAt - (answered.get(r.id) ?? r.receivedAt))
      .sort((a, b) => a - b);
    const figures = {
      commands: total,
      concurrency,
      acks_per_s: total / elapsed,
      ack_p50_ms: percentile(ackSorted, 50),
      ack_p99_ms: percentile(ackSorted, 99),
      ack_max_ms: ackSorted.at(-1) ?? Number.NaN,
      answered: slack.responses.length - warm,
      answer_p50_ms: percentile(answerSorted, 50),
      answer_p99_ms: percentile(answerSorted, 99),
    };
    printTable(opts.out, `/eventos stats: ${total} signed commands at concurrency ${concurrency}`, figures);
    return figures;
  } finally {
    await app.close();
    await slack.close();
  }
}
