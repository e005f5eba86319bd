import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call (`POST /api/<method>`) or `response_url` post the fake received, arguments decoded. */
export interface RecordedSlackCall {
  method: string;
  args: Record<string, unknown>;
  /** `performance.now()` on arrival, for latency benchmarks. */
  receivedAt: number;
}

export interface FakeSlackApi {
  /** Base URL for `slackApiUrl` (ends in `/api/`). */
  readonly apiUrl: string;
  /** Hand this out as a command's or action's `response_url`. */
  responseUrl(id?: string): string;
  readonly calls: RecordedSlackCall[];
  /** Posts to response URLs, in order. */
  /** `receivedAt` is `performance.now()` on arrival, for latency benchmarks. */
  readonly responses: { id: string; body: Record<string, unknown>; receivedAt: number }[];
  /** Bytes uploaded to the upload URLs files.getUploadURLExternal handed out. */
  readonly uploads: { fileId: string; bytes: Buffer }[];
  /** Channels conversations.info knows, and whether the bot is in each (for `eventos doctor`). */
  readonly channels: Map<string, FakeChannel>;
  waitFor<T>(find: () => T | undefined, label: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** A channel conversations.info knows; `sharedOutside` makes it a Slack Connect channel. */
export interface FakeChannel {
  name: string;
  isMember: boolean;
  sharedOutside?: boolean;
}

export const FAKE_BOT = { userId: 'UBOT00001', botId: 'BBOT00001', teamId: 'T0TEAM001' };

/**
 * A local stand-in for Slack's Web API and response URLs. The real WebClient and Bolt talk to it: it answers
 * auth.test, chat.postMessage (with a fresh ts), chat.update, views.open, conversations.info and the
 * file-upload methods (and takes the upload itself), and records every call.
 */
export async function startFakeSlackApi(opts: { botToken?: string } = {}): Promise<FakeSlackApi> {
  const channels = new Map<string, FakeChannel>();
  const calls: RecordedSlackCall[] = [];
  const responses: { id: string; body: Record<string, unknown>; receivedAt: number }[] = [];
  const uploads: { fileId: string; bytes: Buffer }[] = [];
  let clock = 1_800_000_000;

  const server = createServer(async (req, res) => {
    const bytes = await readBytes(req);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const uploadId = /^\/upload\/(\w+)$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && uploadId) {
      uploads.push({ fileId: uploadId, bytes: fileOf(bytes, req.headers['content-type'] ?? '') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
      return;
    }
    const responseId = /^\/response\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && responseId) {
      responses.push({
        id: responseId,
        body: JSON.parse(raw || '{}') as Record<string, unknown>,
        receivedAt: performance.now(),
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (req.method !== 'POST' || !method) return sendJson(res, 404, { ok: false, error: 'unknown_method' });
    const args = decodeArgs(raw, req.headers['content-type'] ?? '');
    calls.push({ method, args, receivedAt: performance.now() });
    // Given a bot token, the fake refuses any other one, as Slack does.
    if (opts.botToken && req.headers.authorization !== `Bearer ${opts.botToken}`)
      return sendJson(res, 200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'auth.test':
        return sendJson(res, 200, {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'eventos',
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        });
      case 'chat.postMessage': {
        clock += 1;
        const ts = `${clock}.${randomBytes(3).readUIntBE(0, 3).toString().padStart(6, '0')}`;
        return sendJson(res, 200, { ok: true, channel: args.channel, ts, message: { ...args, ts } });
      }
      case 'conversations.info': {
        const channel = channels.get(String(args.channel));
        if (!channel) return sendJson(res, 200, { ok: false, error: 'channel_not_found' });
        return sendJson(res, 200, {
          ok: true,
          channel: {
            id: args.channel,
            name: channel.name,
            is_member: channel.isMember,
            is_ext_shared: channel.sharedOutside === true,
          },
        });
      }
      case 'chat.update':
        return sendJson(res, 200, { ok: true, channel: args.channel, ts: args.ts });
      case 'views.open':
        return sendJson(res, 200, { ok: true, view: { id: `V${randomBytes(4).toString('hex')}` } });
      case 'files.getUploadURLExternal': {
        const fileId = `F${randomBytes(5).toString('hex').toUpperCase()}`;
        return sendJson(res, 200, { ok: true, upload_url: `${baseUrl()}/upload/${fileId}`, file_id: fileId });
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(args.files) ? args.files : []) as { id: string; title?: string }[];
        return sendJson(res, 200, { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) });
      }
      default:
        return sendJson(res, 200, { ok: false, error: 'unknown_method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = () => `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${baseUrl()}/api/`,
    responseUrl: (id = randomBytes(6).toString('hex')) => `${baseUrl()}/response/${id}`,
    calls,
    responses,
    uploads,
    channels,
    async waitFor(find, label, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = find();
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`fake Slack: timed out waiting for ${label}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The WebClient posts forms whose object-valued fields (blocks, attachments) are JSON strings. */
function decodeArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

const safeJson = (value: string): unknown => {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The WebClient uploads the file as multipart/form-data: the file is the first part's body. */
function fileOf(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return body;
  const start = body.indexOf('\r\n\r\n');
  const end = body.indexOf(`\r\n--${boundary[1] ?? boundary[2]}`, start);
  return start < 0 || end < 0 ? body : body.subarray(start + 4, end);
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
