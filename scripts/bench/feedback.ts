/**
 * `npm run -s eventos -- bench feedback [--json]`: (1) the offline analyser — topics, urgency and AFINN
 * sentiment — over 20,000 comments in en/pt/es (`comments_per_s`, goal ≥ 1,000/s); (2) urgent alerts end to
 * end: people post a complaint ("no wifi in Room A, the room is full…") over signed Twilio webhooks, one
 * after another, against the real server and workers; latency is from the post to the alert arriving at the
 * fake Slack API's `chat.postMessage` in the feed channel (`urgent_alert_p99_ms`).
 */
import { AfinnSentiment } from '../../adapters/providers/sentiment/afinn-sentiment.js';
import { isUrgent, readFeedbackText } from '../../core/services/feedback/read-feedback-text.js';
import { startFakeSlackApi } from '../../tests/fakes/fake-slack-api.js';
import {
  BENCH_TWILIO,
  percentile,
  postSignedWebhook,
  printTable,
  round,
  startBenchApp,
} from './bench-app.js';

const FEED = 'C0BENCHFEED';

const COMMENTS = [
  'Great talk, the pgvector demo was excellent',
  'The room was far too hot and I could not hear the speaker',
  'No wifi in Room A, nothing works',
  'Adorei a palestra, muito boa e clara',
  'A sala estava cheia e o som era péssimo',
  'Una charla excelente, muy útil',
  'No se oía nada, el sonido fatal',
  'Loved it, but the queue for lunch was awful',
];

async function analyserThroughput(count: number) {
  const analyser = new AfinnSentiment();
  let urgent = 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const text = `${COMMENTS[i % COMMENTS.length]} ${i}`;
    const reading = readFeedbackText(text);
    if (isUrgent(reading, await analyser.score(text, reading.language))) urgent++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { comments: count, urgent, comments_per_s: round(count / seconds) };
}

export async function benchFeedback(opts: { out: NodeJS.WritableStream; runs?: number }) {
  const offline = await analyserThroughput(20_000);
  const runs = opts.runs ?? 40;
  const slack = await startFakeSlackApi();
  const app = await startBenchApp({
    SLACK_SIGNING_SECRET: 'bench-slack-secret',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: slack.apiUrl,
    SLACK_API_RETRIES: '0',
    SLACK_FEED_CHANNEL: FEED,
  });
  try {
    const latencies: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const phone = `+1555088${String(i).padStart(4, '0')}`;
      const marker = `bench-${i}`;
      const params = {
        MessageSid: `SMbenchfeedback${String(i).padStart(19, '0')}`,
        AccountSid: BENCH_TWILIO.accountSid,
        From: `whatsapp:${phone}`,
        To: `whatsapp:${BENCH_TWILIO.from}`,
        Body: `No wifi in Room A and the room is full, they keep letting people in (${marker})`,
        NumMedia: '0',
      };
      const start = performance.now();
      await postSignedWebhook(app.baseUrl, params);
      const alert = await slack.waitFor(
        () =>
          slack.calls.find(
            (c) =>
              c.method === 'chat.postMessage' &&
              c.args.channel === FEED &&
              JSON.stringify(c.args).includes(marker),
          ),
        `the alert for ${marker}`,
        30_000,
      );
      latencies.push(alert.receivedAt - start);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = {
      ...offline,
      urgent_alerts: sorted.length,
      urgent_alert_p50_ms: round(percentile(sorted, 50)),
      urgent_alert_p99_ms: round(percentile(sorted, 99)),
      urgent_alert_max_ms: round(sorted.at(-1) ?? Number.NaN),
    };
    printTable(
      opts.out,
      `Offline analyser (${offline.comments} comments) and ${runs} urgent alerts`,
      figures,
    );
    return figures;
  } finally {
    await app.close();
    await slack.close();
  }
}
