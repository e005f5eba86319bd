import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { FakeTwilioApi, RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { signTwilioWebhook } from '../fixtures/sign-twilio-webhook.js';

const INBOUND = '/webhooks/twilio/whatsapp';

/** Who plays the people of a ticket drop: where to post, how Twilio signs, and what each person says. */
export interface DropPlan {
  /** Servers to spread the webhooks over (sender i posts to `targets[i % targets.length]`). */
  targets: string[];
  twilioApi: FakeTwilioApi;
  twilio: { accountSid: string; authToken: string; from: string };
  /** The public URL Twilio signs (the server's PUBLIC_BASE_URL). */
  publicUrl: string;
  /** One phone per sender, E.164. */
  senders: string[];
  /** What every sender says, in order. */
  script: string[];
  /**
   * true: each message waits for the reply to the one before (a person reading the summary before tapping
   * Confirm); false: the whole script is posted at once, in order (a person typing fast), replies awaited after.
   */
  waitForEachReply: boolean;
  /** Senders start spread evenly over this many ms (a drop is a rush, not one instant). */
  rampMs: number;
  /** How long one sender waits for its replies before counting it unanswered. */
  replyTimeoutMs: number;
}

export interface SenderLog {
  phone: string;
  /** performance.now() when each script line's webhook was posted. */
  sentAt: number[];
  /** Everything the fake Twilio API received for this sender, in arrival order. */
  replies: RecordedTwilioMessage[];
  /** Lines that got no reply within replyTimeoutMs. */
  unanswered: number;
}

/**
 * Plays a rush of people over signed Twilio webhooks against one or more servers, and collects what the fake
 * Twilio API received for each of them. A reply is recognised by its recipient: one person's lines are
 * answered in the order they were sent, so the n-th text to a person answers their n-th line.
 */
export async function runDrop(plan: DropPlan): Promise<{ logs: SenderLog[]; startedAt: number }> {
  const inbox = watchInbox(plan.twilioApi);
  // Thousands of people at once: keep-alive connections, enough of them, no per-request handshake.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const startedAt = performance.now();
  try {
    const logs = await Promise.all(
      plan.senders.map(async (phone, i) => {
        await sleep((plan.rampMs * i) / plan.senders.length);
        const target = plan.targets[i % plan.targets.length]!;
        const log: SenderLog = { phone, sentAt: [], replies: [], unanswered: 0 };
        const post = async (body: string) => {
          const sent = performance.now();
          await postSigned(plan, target, phone, body, agent);
          log.sentAt.push(sent);
        };
        if (plan.waitForEachReply) {
          for (const [n, line] of plan.script.entries()) {
            await post(line);
            if (!(await inbox.waitFor(`whatsapp:${phone}`, n + 1, plan.replyTimeoutMs))) log.unanswered++;
          }
        } else {
          for (const line of plan.script) await post(line);
          const got = await inbox.waitFor(`whatsapp:${phone}`, plan.script.length, plan.replyTimeoutMs);
          if (!got) log.unanswered = plan.script.length - inbox.texts(`whatsapp:${phone}`).length;
        }
        return log;
      }),
    );
    // Late duplicates would arrive after the last expected reply: give them a moment to show.
    await sleep(1_000);
    for (const log of logs) log.replies = inbox.all(`whatsapp:${log.phone}`);
    return { logs, startedAt };
  } finally {
    inbox.stop();
    agent.destroy();
  }
}

async function postSigned(plan: DropPlan, target: string, phone: string, body: string, agent: Agent) {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params = {
    MessageSid: sid,
    AccountSid: plan.twilio.accountSid,
    From: `whatsapp:${phone}`,
    To: `whatsapp:${plan.twilio.from}`,
    Body: body,
    NumMedia: '0',
    ProfileName: `Fan ${phone.slice(-4)}`,
    WaId: phone.replace('+', ''),
  };
  const form = new URLSearchParams(params).toString();
  const signature = signTwilioWebhook(plan.twilio.authToken, `${plan.publicUrl}${INBOUND}`, params);
  for (let attempt = 1; ; attempt++) {
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        `${target}${INBOUND}`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(form),
            'x-twilio-signature': signature,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        },
      );
      req.on('error', fail);
      req.end(form);
    }).catch(() => 0);
    if (status === 200) return;
    // Twilio retries a webhook that was not answered 200; so do we (same MessageSid: stored once).
    if (attempt >= 5) throw new Error(`webhook answered ${status} five times`);
    await sleep(200 * attempt);
  }
}

/** Texts (not media) the fake received, indexed by recipient as they arrive. */
function watchInbox(api: FakeTwilioApi) {
  const byRecipient = new Map<string, RecordedTwilioMessage[]>();
  const waiters = new Map<string, { count: number; done: (ok: boolean) => void }[]>();
  let seen = 0;
  const scan = () => {
    for (; seen < api.messages.length; seen++) {
      const message = api.messages[seen]!;
      const list = byRecipient.get(message.to) ?? [];
      list.push(message);
      byRecipient.set(message.to, list);
    }
    for (const [to, list] of waiters) {
      const texts = (byRecipient.get(to) ?? []).filter(isText).length;
      const still = list.filter((w) => {
        if (texts < w.count) return true;
        w.done(true);
        return false;
      });
      if (still.length) waiters.set(to, still);
      else waiters.delete(to);
    }
  };
  const timer = setInterval(scan, 5);
  return {
    waitFor(to: string, count: number, timeoutMs: number): Promise<boolean> {
      return new Promise((done) => {
        const timeout = setTimeout(() => done(false), timeoutMs);
        const list = waiters.get(to) ?? [];
        list.push({
          count,
          done: (ok) => {
            clearTimeout(timeout);
            done(ok);
          },
        });
        waiters.set(to, list);
      });
    },
    texts: (to: string) => (byRecipient.get(to) ?? []).filter(isText),
    all(to: string) {
      scan();
      return byRecipient.get(to) ?? [];
    },
    stop: () => clearInterval(timer),
  };
}

const isText = (m: RecordedTwilioMessage) => m.mediaUrl.length === 0;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
