import { runDrop, type SenderLog } from '../../tests/support/drop-senders.js';
import { BENCH_PUBLIC_URL, BENCH_TWILIO, percentile, printTable } from './bench-app.js';
import { costSince, startBenchDeployment } from './bench-deployment.js';

const TIER = 'general';

/**
 * The ticket-drop minute: `senders` different people over signed Twilio webhooks each ask for 2 General
 * tickets and confirm, against the real server and worker (`eventos serve` and `--workers` × `eventos worker`
 * as child processes, or with `inProcess` all in this process) on a scratch database whose General tier has `capacity` seats, with the fake Twilio API. Checks and reports:
 * exactly `capacity` seats taken (General is paid, so confirmed orders hold their seats for payment), every
 * other person offered the waiting list, nobody answered twice, and how long people waited.
 */
export async function benchTicketDrop(opts: {
  out: NodeJS.WritableStream;
  senders?: number;
  capacity?: number;
  rampMs?: number;
  workers?: number;
  inProcess?: boolean;
  cpuProfDir?: string;
}) {
  const senders = opts.senders ?? 2000;
  const capacity = opts.capacity ?? 300;
  const app = await startBenchDeployment({
    workers: opts.workers ?? 1,
    inProcess: opts.inProcess ?? false,
    ...(opts.cpuProfDir ? { cpuProfDir: opts.cpuProfDir } : {}),
  });
  try {
    const sql = <T>(query: string, params: unknown[] = []) => app.sql<T>(query, params);
    await sql('update ticket_tiers set capacity = ?, sold = 0, held = 0 where code = ?', [capacity, TIER]);
    const phones = Array.from({ length: senders }, (_, i) => `+1555066${String(i).padStart(4, '0')}`);
    const costBefore = await app.sample();
    const { logs, startedAt } = await runDrop({
      targets: [app.baseUrl],
      twilioApi: app.twilioApi,
      twilio: BENCH_TWILIO,
      publicUrl: BENCH_PUBLIC_URL,
      senders: phones,
      script: ['2 general tickets', '1'],
      waitForEachReply: true,
      rampMs: opts.rampMs ?? 1_000,
      // Everyone is answered in the end; on a loaded machine the queue takes minutes to drain.
      replyTimeoutMs: 1_200_000,
    });
    const cost = costSince(costBefore, await app.sample(), senders * 2);

    const [tier] = await sql<{ sold: number; held: number }>(
      'select sold, held from ticket_tiers where code = ?',
      [TIER],
    );
    const booked = new Set(
      (
        await sql<{ phone: string }>(
          `select c.phone from orders o join contacts c on c.id = o.contact_id
            join ticket_tiers t on t.id = o.tier_id where t.code = ? and o.status in ('reserved', 'confirmed')`,
          [TIER],
        )
      ).map((r) => r.phone),
    );
    const figures = {
      senders,
      capacity,
      sold: tier!.sold + tier!.held,
      oversold: Math.max(0, tier!.sold + tier!.held - capacity),
      people_booked: booked.size,
      offered_waitlist: logs.filter((l) => !booked.has(l.phone) && offeredWaitlist(l)).length,
      not_offered: logs.filter((l) => !booked.has(l.phone) && !offeredWaitlist(l)).length,
      duplicate_replies: logs.reduce((n, l) => n + Math.max(0, texts(l).length - 2), 0),
      unanswered: logs.reduce((n, l) => n + l.unanswered, 0),
      ...timings(logs, startedAt),
      workers: opts.inProcess ? 0 : (opts.workers ?? 1),
      ...cost,
    };
    printTable(
      opts.out,
      `ticket-drop: ${senders} people ask for 2 ${TIER} tickets and confirm (capacity ${capacity}), signed webhooks → server + worker → fake Twilio\n  ${app.shape}`,
      figures,
    );
    if (figures.oversold > 0 || figures.sold !== capacity)
      throw new Error('OVERSOLD or undersold: see the table');
    if (figures.duplicate_replies > 0 || figures.unanswered > 0 || figures.not_offered > 0)
      throw new Error('a person answered twice, not at all, or not offered the waiting list: see the table');
    return figures;
  } finally {
    await app.close();
  }
}

const texts = (log: SenderLog) => log.replies.filter((m) => m.mediaUrl.length === 0);
const offeredWaitlist = (log: SenderLog) => texts(log).some((m) => /waiting list/i.test(m.body ?? ''));

/** Each line's wait for its answer; the last answer after the first post; messages per second overall. */
function timings(logs: SenderLog[], startedAt: number) {
  const waits: number[] = [];
  let last = startedAt;
  for (const log of logs) {
    const answers = texts(log);
    log.sentAt.forEach((sent, n) => {
      const answer = answers[n];
      if (answer) waits.push(answer.receivedAt - sent);
    });
    for (const m of log.replies) last = Math.max(last, m.receivedAt);
  }
  waits.sort((a, b) => a - b);
  const lastReplyS = (last - startedAt) / 1000;
  const messages = logs.reduce((n, l) => n + l.sentAt.length, 0);
  return {
    drop_p50_ms: percentile(waits, 50),
    drop_p99_ms: percentile(waits, 99),
    last_reply_s: lastReplyS,
    msgs_per_s: messages / lastReplyS,
  };
}
