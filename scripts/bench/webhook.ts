import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { BENCH_PUBLIC_URL, BENCH_TWILIO, percentile, printTable } from './bench-app.js';
import { costSince, startBenchDeployment } from './bench-deployment.js';

const PATH = '/webhooks/twilio/whatsapp';

/**
 * Signed Twilio webhooks at a fixed concurrency against the real server and worker: how fast we acknowledge
 * (Twilio's budget is ~15 s; we aim for < 50 ms) and how long until the reply reaches the (fake) Twilio API.
 */
export async function benchWebhook(opts: {
  out: NodeJS.WritableStream;
  messages?: number;
  concurrency?: number;
  /** The sustained phase: this many messages a second, from distinct senders, for `pacedSeconds`. */
  pacedRate?: number;
  pacedSeconds?: number;
  /** `eventos worker` processes beside the one `eventos serve` (default 1). */
  workers?: number;
  /** Everything in this one process, as before December 2026's deployment-shaped bench. */
  inProcess?: boolean;
  /** Write `node --cpu-prof` profiles of the server and worker processes here. */
  cpuProfDir?: string;
}) {
  const total = opts.messages ?? 600;
  const concurrency = opts.concurrency ?? 16;
  const pacedRate = opts.pacedRate ?? 200;
  const pacedSeconds = opts.pacedSeconds ?? 10;
  const app = await startBenchDeployment({
    workers: opts.workers ?? 1,
    inProcess: opts.inProcess ?? false,
    ...(opts.cpuProfDir ? { cpuProfDir: opts.cpuProfDir } : {}),
  });
  let target = app.baseUrl;
  try {
    const pacedTotal = pacedRate * pacedSeconds;
    const phones = Array.from(
      { length: Math.max(total, pacedTotal) },
      (_, i) => `+155507${String(i).padStart(5, '0')}`,
    );
    const sentAt = new Map<string, number>();
    const acks: number[] = [];
    let networkErrors = 0;
    const post = async (i: number) => {
      const sid = `SM${randomBytes(16).toString('hex')}`;
      const params = {
        MessageSid: sid,
        AccountSid: BENCH_TWILIO.accountSid,
        From: `whatsapp:${phones[i]}`,
        To: `whatsapp:${BENCH_TWILIO.from}`,
        Body: 'thanks!',
        NumMedia: '0',
      };
      const signature = twilio.getExpectedTwilioSignature(
        BENCH_TWILIO.authToken,
        `${BENCH_PUBLIC_URL}${PATH}`,
        params,
      );
      const start = performance.now();
      sentAt.set(`whatsapp:${phones[i]}`, start);
      const send = () =>
        fetch(`${target}${PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
          body: new URLSearchParams(params).toString(),
        });
      // A connection refused or reset (the open loop can outrun the accept queue of a saturated process) is
      // retried as Twilio retries it; the ack time counts from the first try, and the errors are reported.
      let res: Response | undefined;
      for (let attempt = 0; !res; attempt++) {
        res = await send().catch((error: unknown) => {
          networkErrors++;
          if (attempt >= 5) throw error;
          return new Promise<undefined>((r) => setTimeout(r, 100 * 2 ** attempt));
        });
      }
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      acks.push(performance.now() - start);
    };
    // Warm-up: connections, prepared catalog, JIT.
    for (let i = 0; i < 20; i++) await post(i);
    await app.twilioApi.waitForMessages(20, 30_000);
    app.twilioApi.reset();
    acks.length = 0;

    const started = performance.now();
    const costBefore = await app.sample();
    let next = 20;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await post(next++);
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const measured = total - 20;
    await app.twilioApi.waitForMessages(measured, 120_000);
    // What every process did per message (server, workers, and this one: client and fake Twilio), and
    // Postgres and Redis: less sensitive to other load on the machine than the wall-clock figures.
    const burstCost = costSince(costBefore, await app.sample(), measured);
    // Messages answered per second, from the first post to the last reply: what the app sustained.
    const drainedPerS = (count: number, from: number) =>
      count / ((Math.max(...app.twilioApi.messages.map((m) => m.receivedAt)) - from) / 1000);
    const burstDrained = drainedPerS(measured, started);
    const replies = app.twilioApi.messages
      .map((m) => m.receivedAt - (sentAt.get(m.to) ?? m.receivedAt))
      .sort((a, b) => a - b);
    const ackSorted = [...acks].sort((a, b) => a - b);

    // One message at a time: the latency a person sees when the system is not saturated.
    app.twilioApi.reset();
    const quiet: number[] = [];
    for (let i = 0; i < 30; i++) {
      await post(i);
      const [reply] = await app.twilioApi.waitForMessages(i + 1, 10_000).then((m) => m.slice(i));
      quiet.push(reply!.receivedAt - sentAt.get(reply!.to)!);
    }
    quiet.sort((a, b) => a - b);

    // Sustained: the goal's load (200 msg/s) as Twilio sends it, an open loop — each webhook at its time
    // whatever the answers before it — from senders who have not written yet.
    app.twilioApi.reset();
    acks.length = 0;
    networkErrors = 0;
    const pacedPhones = phones.slice(0, pacedTotal).map((p) => p.replace('+155507', '+155508'));
    const pacedCostBefore = await app.sample();
    const pacedStarted = performance.now();
    const pacedPosts: Promise<void>[] = [];
    for (let i = 0; i < pacedTotal; i++) {
      const due = pacedStarted + (i * 1000) / pacedRate;
      if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
      phones[i] = pacedPhones[i]!;
      pacedPosts.push(post(i));
    }
    await Promise.all(pacedPosts);
    const pacedSent = (performance.now() - pacedStarted) / 1000;
    await app.twilioApi.waitForMessages(pacedTotal, 120_000);
    const pacedCost = costSince(pacedCostBefore, await app.sample(), pacedTotal);
    const pacedDrained = drainedPerS(pacedTotal, pacedStarted);
    const pacedReplies = app.twilioApi.messages
      .map((m) => m.receivedAt - (sentAt.get(m.to) ?? m.receivedAt))
      .sort((a, b) => a - b);
    const pacedAcks = [...acks].sort((a, b) => a - b);
    const pacedNetworkErrors = networkErrors;

    // The physical anchor: a bare Node HTTP server answering the same signed posts from the same client at
    // the same concurrency, in this run (so under the same machine load).
    const bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'text/xml' }).end('<Response/>'));
    });
    await new Promise<void>((listening) => bare.listen(0, '127.0.0.1', listening));
    target = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const bareStarted = performance.now();
    next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < measured) await post(next++);
      }),
    );
    const bareRps = measured / ((performance.now() - bareStarted) / 1000);
    await new Promise((closed) => bare.close(closed));
    const figures = {
      workers: opts.inProcess ? 0 : (opts.workers ?? 1),
      messages: measured,
      concurrency,
      rps: measured / elapsed,
      bare_rps: bareRps,
      rps_vs_bare: measured / elapsed / bareRps,
      ...burstCost,
      ack_p50_ms: percentile(ackSorted, 50),
      ack_p99_ms: percentile(ackSorted, 99),
      reply_p50_ms: percentile(replies, 50),
      reply_p99_ms: percentile(replies, 99),
      answered_per_s: burstDrained,
      quiet_reply_p50_ms: percentile(quiet, 50),
      quiet_reply_p99_ms: percentile(quiet, 99),
      paced_rate: pacedRate,
      paced_sent_per_s: pacedTotal / pacedSent,
      paced_ack_p50_ms: percentile(pacedAcks, 50),
      paced_ack_p99_ms: percentile(pacedAcks, 99),
      paced_reply_p50_ms: percentile(pacedReplies, 50),
      paced_reply_p99_ms: percentile(pacedReplies, 99),
      paced_answered_per_s: pacedDrained,
      paced_network_errors: pacedNetworkErrors,
      paced_cpu_ms_per_msg: pacedCost.cpu_ms_per_msg,
      paced_pg_round_trips_per_msg: pacedCost.pg_round_trips_per_msg,
      paced_redis_cmds_per_msg: pacedCost.redis_cmds_per_msg,
    };
    printTable(
      opts.out,
      `webhook: signed Twilio webhooks → ack → reply at the fake Twilio API (burst at the concurrency, one at a time, then ${pacedRate}/s for ${pacedSeconds} s)\n  ${app.shape}`,
      figures,
    );
    return figures;
  } finally {
    await app.close();
  }
}
