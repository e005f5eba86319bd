import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { startTcpProxy } from '../../tests/fakes/tcp-proxy.js';
import { servicesUp } from '../services/local-services.js';
import { BENCH_PUBLIC_URL, BENCH_TWILIO, percentile, printTable, startBenchApp } from './bench-app.js';

const PATH = '/webhooks/twilio/whatsapp';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const hostPort = (url: string) => ({ host: new URL(url).hostname, port: Number(new URL(url).port) });

/**
 * Issue 15's fault run. Signed webhooks at a steady rate (50/s for 60 s) from distinct senders while
 * Postgres restarts once and Redis restarts once (each behind a TCP proxy that drops every connection and
 * refuses new ones for 5 s, so the shared local services are never touched) and the fake Twilio API answers
 * every send with 500 for half the run. A webhook that is not answered 200 is posted again after its
 * Retry-After, as Twilio's retry or Fallback URL would. Then a flood: one number sends 1,000 messages in 10 s
 * while other people write, and their reply time is measured.
 */
export async function benchFaults(opts: { out: NodeJS.WritableStream; seconds?: number; rate?: number }) {
  const seconds = opts.seconds ?? 60;
  const rate = opts.rate ?? 50;
  const urls = await servicesUp();
  const pg = await startTcpProxy(hostPort(urls.databaseUrl));
  const redis = await startTcpProxy(hostPort(urls.redisUrl));
  const app = await startBenchApp({}, (direct) => ({
    databaseUrl: pg.url(direct.databaseUrl),
    redisUrl: redis.url(direct.redisUrl),
  }));
  const log = (line: string) => opts.out.write(`  ${line}\n`);
  try {
    const post = async (from: string, body: string): Promise<number> => {
      const sid = `SM${randomBytes(16).toString('hex')}`;
      const params = {
        MessageSid: sid,
        AccountSid: BENCH_TWILIO.accountSid,
        From: `whatsapp:${from}`,
        To: `whatsapp:${BENCH_TWILIO.from}`,
        Body: body,
        NumMedia: '0',
      };
      const signature = twilio.getExpectedTwilioSignature(
        BENCH_TWILIO.authToken,
        `${BENCH_PUBLIC_URL}${PATH}`,
        params,
      );
      // Twilio posts the same MessageSid again until it gets a 2xx (or gives up): so do we, for a while.
      for (let attempt = 0; ; attempt++) {
        const res = await fetch(`${app.baseUrl}${PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
          body: new URLSearchParams(params).toString(),
        }).catch(() => null);
        await res?.arrayBuffer();
        if (res?.status === 200) return attempt;
        if (attempt >= 20) throw new Error(`webhook for ${from} never accepted (last ${res?.status})`);
        await sleep(Number(res?.headers.get('retry-after') ?? 1) * 1000);
      }
    };

    // Warm-up.
    await post('+15550790000', 'thanks!');
    await app.twilioApi.waitForMessages(1, 30_000);
    app.twilioApi.reset();

    const total = seconds * rate;
    const phone = (i: number) => `+1555079${String(i + 1).padStart(4, '0')}`;
    const sentAt = new Map<string, number>();
    let retried = 0;
    const start = performance.now();
    const at = (fraction: number) => start + fraction * seconds * 1000;
    const faults: { name: string; from: number; to: number; begin(): void; end(): void }[] = [
      {
        name: 'postgres restart',
        from: at(0.15),
        to: at(0.15) + 5_000,
        begin: () => pg.set('down'),
        end: () => pg.set('up'),
      },
      {
        name: 'twilio 500s',
        from: at(0.25),
        to: at(0.25) + seconds * 500,
        begin: () => app.twilioApi.failAll(500),
        end: () => app.twilioApi.failAll(null),
      },
      {
        name: 'redis restart',
        from: at(0.55),
        to: at(0.55) + 5_000,
        begin: () => redis.set('down'),
        end: () => redis.set('up'),
      },
    ];
    const faultRuns = faults.map(async (fault) => {
      await sleep(fault.from - performance.now());
      log(`${((performance.now() - start) / 1000).toFixed(1)} s: ${fault.name} begins`);
      fault.begin();
      await sleep(fault.to - performance.now());
      fault.end();
      log(`${((performance.now() - start) / 1000).toFixed(1)} s: ${fault.name} ends`);
    });
    const posts: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      await sleep(start + (i * 1000) / rate - performance.now());
      const from = phone(i);
      sentAt.set(`whatsapp:${from}`, performance.now());
      posts.push(
        post(from, 'thanks!').then((attempts) => {
          retried += attempts > 0 ? 1 : 0;
        }),
      );
    }
    await Promise.all([...posts, ...faultRuns]);
    const faultsEnd = Math.max(...faults.map((f) => f.to));

    // Every message should be answered within 60 s of the last fault ending.
    const deadline = faultsEnd + 90_000;
    const answeredPhones = () =>
      new Set(app.twilioApi.messages.map((m) => m.to).filter((to) => sentAt.has(to)));
    while (answeredPhones().size < total && performance.now() < deadline) await sleep(500);

    const replies = new Map<string, number[]>();
    for (const m of app.twilioApi.messages) {
      if (!sentAt.has(m.to)) continue;
      replies.set(m.to, [...(replies.get(m.to) ?? []), m.receivedAt]);
    }
    const bodies = new Map<string, string[]>();
    for (const m of app.twilioApi.messages) bodies.set(m.to, [...(bodies.get(m.to) ?? []), m.body ?? '']);
    const duplicated = [...bodies.entries()].filter(
      ([to, list]) => sentAt.has(to) && new Set(list).size < list.length,
    ).length;
    const delays = [...replies.entries()].map(([to, times]) => (Math.min(...times) - sentAt.get(to)!) / 1000);
    const lastAnswer = Math.max(...[...replies.values()].map((times) => Math.min(...times)));
    const stored = await app.deps.db.em
      .fork()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from messages where direction = 'in' and address like '+1555079%' and address <> '+15550790000'",
      );

    // The flood: 1,000 messages in 10 s from one number, while 50 other people write one message each; the
    // same 50 messages without the flood first, back to back, as the baseline on this machine's load.
    const flooder = '+15550800000';
    const othersPhase = async (prefix: string, withFlood: boolean) => {
      app.twilioApi.reset();
      const others = Array.from({ length: 50 }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
      const otherSentAt = new Map<string, number>();
      const phaseStart = performance.now();
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 1000; i++) {
        await sleep(phaseStart + i * 10 - performance.now());
        if (withFlood) work.push(post(flooder, `spam ${i}`));
        if (i % 20 === 10) {
          const other = others[Math.floor(i / 20)]!;
          otherSentAt.set(`whatsapp:${other}`, performance.now());
          work.push(post(other, 'thanks!'));
        }
      }
      await Promise.all(work);
      const done = performance.now() + 30_000;
      const replies = () => app.twilioApi.messages.filter((m) => otherSentAt.has(m.to));
      while (new Set(replies().map((m) => m.to)).size < others.length && performance.now() < done)
        await sleep(200);
      const latency = new Map<string, number>();
      for (const m of replies()) {
        if (!latency.has(m.to)) latency.set(m.to, m.receivedAt - otherSentAt.get(m.to)!);
      }
      return [...latency.values()].sort((a, b) => a - b);
    };
    const quietSorted = await othersPhase('+1555082', false);
    const otherSorted = await othersPhase('+1555081', true);
    const [flood_rows] = await app.deps.db.em
      .fork()
      .execute<{ stored: number; throttled: number }[]>(
        "select count(*)::int as stored, (count(*) filter (where status = 'throttled'))::int as throttled from messages where direction = 'in' and address = ?",
        [flooder],
      );
    const health = await fetch(`${app.baseUrl}/healthz`).then((r) => r.status);

    const figures = {
      sent: total,
      stored: stored[0]?.n ?? 0,
      answered: replies.size,
      lost: total - replies.size,
      duplicated,
      webhooks_retried: retried,
      max_reply_delay_s: Math.max(...delays),
      reply_p50_s: percentile(
        [...delays].sort((a, b) => a - b),
        50,
      ),
      last_answer_after_faults_s: (lastAnswer - faultsEnd) / 1000,
      flood_stored: flood_rows?.stored ?? 0,
      flood_throttled: flood_rows?.throttled ?? 0,
      flood_other_answered: otherSorted.length,
      flood_other_p50_ms: percentile(otherSorted, 50),
      flood_other_p99_ms: percentile(otherSorted, 99),
      no_flood_other_p50_ms: percentile(quietSorted, 50),
      no_flood_other_p99_ms: percentile(quietSorted, 99),
      healthz_after: health,
    };
    printTable(
      opts.out,
      `faults: ${rate}/s for ${seconds} s, Postgres and Redis restarted once, Twilio 500s for ${seconds / 2} s; then a 1,000-message flood`,
      figures,
    );
    return figures;
  } finally {
    pg.set('up');
    redis.set('up');
    app.twilioApi.failAll(null);
    await app.close();
    await pg.close();
    await redis.close();
  }
}
