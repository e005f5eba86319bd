/**
 * `npm run -s eventos -- bench leads [--json]`: consent → hot-lead alert latency. Attendees who fit Acme
 * Cloud (CTO; kubernetes, postgres) ask for a demo, then say Yes over signed Twilio webhooks, one after
 * another, against the real server and workers with Slack's API replaced by the local fake. Latency is from
 * posting the Yes to the card arriving at the fake `chat.postMessage`. Each Yes webhook is then retried (as
 * Twilio does) to count double cards, which must be 0.
 */
import { startFakeSlackApi } from '../../tests/fakes/fake-slack-api.js';
import { BENCH_TWILIO, percentile, postSignedWebhook, printTable, startBenchApp } from './bench-app.js';

const ACME_CHANNEL = 'C0ACME001';

export async function benchLeads(opts: { out: NodeJS.WritableStream; runs?: number }) {
  const runs = opts.runs ?? 50;
  const slack = await startFakeSlackApi();
  const app = await startBenchApp({
    SLACK_SIGNING_SECRET: 'bench-slack-secret',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: slack.apiUrl,
    SLACK_API_RETRIES: '0',
  });
  let sid = 0;
  const post = async (
    from: string,
    body: string,
    messageSid = `SMbenchleads${String(sid++).padStart(22, '0')}`,
  ) => {
    const params = {
      MessageSid: messageSid,
      AccountSid: BENCH_TWILIO.accountSid,
      From: `whatsapp:${from}`,
      To: `whatsapp:${BENCH_TWILIO.from}`,
      Body: body,
      NumMedia: '0',
    };
    await postSignedWebhook(app.baseUrl, params);
    return params;
  };
  const cardsFor = (name: string) =>
    slack.calls.filter(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.channel === ACME_CHANNEL &&
        String(c.args.text).includes(name),
    );
  try {
    const em = app.deps.db.em.fork();
    await em.execute(
      `with c as (
         insert into contacts (id, phone, opted_out, created_at)
         select gen_random_uuid(), '+1555077' || lpad(g::text, 4, '0'), false, now() from generate_series(1, ?) g
         returning id, phone)
       insert into attendees (id, event_id, contact_id, name, role, company, interests, created_at)
       select gen_random_uuid(), 'devsummit-2026', c.id, 'Bench CTO ' || right(c.phone, 4), 'CTO', 'Bench Co',
              '{kubernetes,postgres}', now() from c`,
      [runs],
    );
    const latencies: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const phone = `+1555077${String(i).padStart(4, '0')}`;
      const name = `Bench CTO ${String(i).padStart(4, '0')}`;
      const asked = app.twilioApi.messages.length;
      await post(phone, "I'd like a demo from Acme Cloud");
      await slack.waitFor(
        () =>
          app.twilioApi.messages.slice(asked).some((m) => m.to === `whatsapp:${phone}`) ? true : undefined,
        'the consent question',
        30_000,
      );
      const start = performance.now();
      const yes = await post(phone, '1');
      const card = await slack.waitFor(() => cardsFor(name)[0], `the card for ${name}`, 30_000);
      latencies.push(card.receivedAt - start);
      // Twilio retries the webhook (same MessageSid): nothing new may happen.
      await post(phone, '1', yes.MessageSid);
    }
    await new Promise((r) => setTimeout(r, 2_000));
    const doubles = Array.from(
      { length: runs },
      (_, i) => cardsFor(`Bench CTO ${String(i + 1).padStart(4, '0')}`).length - 1,
    ).reduce((sum, n) => sum + n, 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = {
      runs,
      alerts: sorted.length,
      double_alerts: doubles,
      alert_p50_ms: percentile(sorted, 50),
      alert_p90_ms: percentile(sorted, 90),
      alert_p99_ms: percentile(sorted, 99),
      alert_max_ms: sorted.at(-1) ?? Number.NaN,
    };
    printTable(
      opts.out,
      `Consent (Yes) → hot-lead card in the sponsor's Slack channel, ${runs} runs one at a time`,
      figures,
    );
    return figures;
  } finally {
    await app.close();
    await slack.close();
  }
}
