import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One `POST /Messages.json` the fake accepted, as the SDK sent it. */
export interface RecordedTwilioMessage {
  sid: string;
  to: string;
  from: string;
  body?: string;
  mediaUrl: string[];
  contentSid?: string;
  contentVariables?: string;
  statusCallback?: string;
  /** `performance.now()` when the fake received it, for latency benchmarks. */
  receivedAt: number;
}

export interface FakeTwilioApi {
  /** Base URL to pass as `apiBaseUrl`. */
  readonly url: string;
  readonly messages: RecordedTwilioMessage[];
  /** Answer the next `count` sends with an error (Twilio's JSON error shape). */
  failNext(count: number, status?: number, code?: number): void;
  /** Answer every send with this HTTP status until called with null (a provider outage). */
  failAll(status: number | null): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<RecordedTwilioMessage[]>;
  /**
   * Serves `data` as an inbound message's media (GET with Basic auth, like Twilio); returns the media URL as
   * Twilio puts it in `MediaUrl0` (on api.twilio.com: the app's API base rewrites it to this fake).
   */
  addMedia(data: Buffer, contentType: string): string;
  /** Media requests the fake answered, with the status it gave. */
  readonly mediaRequests: { path: string; status: number }[];
  /**
   * The account's WhatsApp senders (Senders API, `GET /v2/Channels/Senders`), for `eventos doctor`: the
   * sender id as `whatsapp:+E164` and the inbound webhook Twilio posts to.
   */
  readonly whatsappSenders: { senderId: string; callbackUrl: string; status?: string }[];
  /** Content API templates (`/v1/Content`), with their WhatsApp approval once one was requested. */
  readonly contents: FakeContent[];
  reset(): void;
  close(): Promise<void>;
}

export interface FakeContent {
  sid: string;
  friendly_name: string;
  language: string;
  variables: Record<string, string>;
  types: Record<string, unknown>;
  approval: { name: string; category: string; status: string } | null;
}

const CONTENT_PATH = /^\/v1\/Content(?:\/(HX[0-9a-f]{32}))?(\/ApprovalRequests(\/whatsapp)?)?(\?.*)?$/;

const MEDIA_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\/Messages\/MM[0-9a-f]+\/Media\/ME[0-9a-f]+$/;
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\/Messages\.json$/;
const ACCOUNT_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\.json$/;
const SENDERS_PATH = /^\/v2\/Channels\/Senders(\?|$)/;

// Messages as Twilio words them (https://www.twilio.com/docs/api/errors).
const ERROR_MESSAGES: Record<number, string> = {
  20003: 'Authenticate',
  20429: 'Too Many Requests',
  20500: 'Internal Server Error',
  20404: 'The requested resource was not found',
  21211: "Invalid 'To' Phone Number",
  21610: 'Attempt to send to unsubscribed recipient',
  63016:
    'Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.',
};

/** A local stand-in for Twilio's Messages REST API that records what the real SDK sends. */
export async function startFakeTwilioApi(opts: {
  accountSid: string;
  authToken: string;
}): Promise<FakeTwilioApi> {
  const messages: RecordedTwilioMessage[] = [];
  const failures: { status: number; code: number }[] = [];
  let outage: number | null = null;
  let waiters: (() => void)[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64')}`;

  const media = new Map<string, { data: Buffer; contentType: string }>();
  const mediaRequests: { path: string; status: number }[] = [];
  const whatsappSenders: FakeTwilioApi['whatsappSenders'] = [];
  const contents: FakeContent[] = [];
  const server = createServer(async (req, res) => {
    const content = CONTENT_PATH.exec(req.url ?? '');
    if (content) {
      if (req.headers.authorization !== expectedAuth) return sendError(res, 401, 20003);
      const [, sid, approvals, toWhatsapp] = content;
      const item = sid ? contents.find((c) => c.sid === sid) : undefined;
      if (sid && !item) return sendError(res, 404, 20404);
      if (req.method === 'GET' && !sid)
        return sendJson(res, 200, {
          contents: contents.map(({ approval: _, ...c }) => ({ ...c, account_sid: opts.accountSid })),
          meta: { key: 'contents', page: 0, page_size: 50, next_page_url: null },
        });
      if (req.method === 'POST' && !sid) {
        const body = JSON.parse((await readBody(req)) || '{}') as Partial<FakeContent>;
        const created: FakeContent = {
          sid: `HX${randomBytes(16).toString('hex')}`,
          friendly_name: body.friendly_name ?? '',
          language: body.language ?? 'en',
          variables: body.variables ?? {},
          types: body.types ?? {},
          approval: null,
        };
        contents.push(created);
        const { approval: _, ...resource } = created;
        return sendJson(res, 201, { ...resource, account_sid: opts.accountSid });
      }
      if (item && req.method === 'POST' && toWhatsapp) {
        const body = JSON.parse((await readBody(req)) || '{}') as { name: string; category: string };
        item.approval = { name: body.name, category: body.category, status: 'received' };
        return sendJson(res, 201, { ...item.approval, allow_category_change: true });
      }
      if (item && req.method === 'GET' && approvals)
        return sendJson(res, 200, {
          sid: item.sid,
          account_sid: opts.accountSid,
          whatsapp: item.approval ?? { status: 'unsubmitted' },
        });
      return sendError(res, 404, 20404);
    }
    if (req.method === 'GET' && (ACCOUNT_PATH.test(req.url ?? '') || SENDERS_PATH.test(req.url ?? ''))) {
      const sid = ACCOUNT_PATH.exec(req.url ?? '')?.[1];
      if (req.headers.authorization !== expectedAuth || (sid && sid !== opts.accountSid)) {
        return sendError(res, 401, 20003);
      }
      if (sid)
        return sendJson(res, 200, { sid, friendly_name: 'Fake account', status: 'active', type: 'Full' });
      const senders = whatsappSenders.map((s, i) => ({
        sid: `XE${String(i).padStart(32, '0')}`,
        status: s.status ?? 'ONLINE',
        sender_id: s.senderId,
        webhook: { callback_url: s.callbackUrl, callback_method: 'POST' },
      }));
      return sendJson(res, 200, { senders, meta: { key: 'senders', page: 0, page_size: 50 } });
    }
    if (req.method === 'GET' && MEDIA_PATH.test(req.url ?? '')) {
      const path = req.url ?? '';
      const item = media.get(path);
      const status = req.headers.authorization !== expectedAuth ? 401 : item ? 200 : 404;
      mediaRequests.push({ path, status });
      if (status === 401) return sendError(res, 401, 20003);
      if (!item) return sendError(res, 404, 20404);
      res.writeHead(200, { 'content-type': item.contentType, 'content-length': item.data.length });
      return res.end(item.data);
    }
    const form = new URLSearchParams(await readBody(req));
    const accountSid = MESSAGES_PATH.exec(req.url ?? '')?.[1];
    if (req.method !== 'POST' || !accountSid) return sendError(res, 404, 20404);
    if (req.headers.authorization !== expectedAuth || accountSid !== opts.accountSid) {
      return sendError(res, 401, 20003);
    }
    if (outage !== null) return sendError(res, outage, 20000 + outage);
    const failure = failures.shift();
    if (failure) return sendError(res, failure.status, failure.code);
    const to = form.get('To');
    const from = form.get('From');
    if (!to || !from) return sendError(res, 400, 21604, "A 'To' and 'From' phone number are required.");
    if (!form.get('Body') && !form.get('MediaUrl') && !form.get('ContentSid')) {
      return sendError(res, 400, 21619, 'A text message body, media URL or content SID is required.');
    }
    const message: RecordedTwilioMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      to,
      from,
      mediaUrl: form.getAll('MediaUrl'),
      receivedAt: performance.now(),
    };
    for (const [key, name] of [
      ['body', 'Body'],
      ['contentSid', 'ContentSid'],
      ['contentVariables', 'ContentVariables'],
      ['statusCallback', 'StatusCallback'],
    ] as const) {
      const value = form.get(name);
      if (value !== null) message[key] = value;
    }
    messages.push(message);
    for (const wake of waiters) wake();
    sendJson(res, 201, toTwilioResource(message, accountSid));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    failNext(count, status = 500, code) {
      for (let i = 0; i < count; i++) failures.push({ status, code: code ?? 20000 + status });
    },
    failAll(status) {
      outage = status;
    },
    waitForMessages(count, timeoutMs = 2_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          resolve([...messages]);
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(new Error(`fake Twilio saw ${messages.length} of ${count} messages within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(check);
        check();
      });
    },
    mediaRequests,
    whatsappSenders,
    contents,
    addMedia(data, contentType) {
      const hex = (n: number) => randomBytes(n).toString('hex');
      const path = `/2010-04-01/Accounts/${opts.accountSid}/Messages/MM${hex(16)}/Media/ME${hex(16)}`;
      media.set(path, { data, contentType });
      return `https://api.twilio.com${path}`;
    },
    reset() {
      messages.length = 0;
      mediaRequests.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function toTwilioResource(message: RecordedTwilioMessage, accountSid: string) {
  const now = new Date().toUTCString().replace('GMT', '+0000');
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}`;
  return {
    account_sid: accountSid,
    api_version: '2010-04-01',
    body: message.body ?? '',
    date_created: now,
    date_sent: null,
    date_updated: now,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: null,
    num_media: String(message.mediaUrl.length),
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: 'queued',
    subresource_uris: { media: `${uri}/Media.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}

function sendError(res: ServerResponse, status: number, code: number, message?: string): void {
  sendJson(res, status, {
    code,
    message: message ?? ERROR_MESSAGES[code] ?? 'Internal Server Error',
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
