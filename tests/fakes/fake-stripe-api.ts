import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Checkout Session the fake opened, as Stripe would hold it. */
export interface FakeCheckoutSession {
  id: string;
  object: 'checkout.session';
  url: string;
  mode: 'payment';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  payment_intent: string | null;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  expires_at: number;
  created: number;
  /** The Checkout page's language as requested (`locale`), null when Stripe chooses. */
  locale: string | null;
  line_items: { name: string; unit_amount: number; quantity: number }[];
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  payment_intent: string;
  status: 'pending' | 'succeeded' | 'failed';
  metadata: Record<string, string>;
  created: number;
}

export interface FakeStripeApi {
  /** Base URL to pass as STRIPE_API_BASE_URL. */
  readonly url: string;
  readonly sessions: FakeCheckoutSession[];
  readonly refunds: FakeRefund[];
  /** Every API request: method, path, idempotency key and the status the fake answered. */
  readonly requests: { method: string; path: string; idempotencyKey?: string; status: number }[];
  /** The status new refunds get (Stripe: card refunds usually succeed at once). */
  refundStatus: FakeRefund['status'];
  /**
   * Whether a paid session's charge already has its receipt when the PaymentIntent is retrieved (Stripe writes
   * it when the charge succeeds, which can come after `checkout.session.completed`).
   */
  receiptsReady: boolean;
  /** The receipt page of a paid session's charge, as `charge.succeeded` and the PaymentIntent carry it. */
  receiptUrlOf(session: FakeCheckoutSession): string;
  /** Refuse new refunds the way Stripe does when the card cannot take them back (a 402 card error). */
  refundsRefused: boolean;
  /** Answer the next `count` requests with a 500 (after handling nothing). */
  failNext(count: number): void;
  /** Marks a session paid as Stripe does when the customer pays, and returns it (with its payment intent). */
  pay(sessionId: string): FakeCheckoutSession;
  expire(sessionId: string): FakeCheckoutSession;
  waitForSessions(count: number, timeoutMs?: number): Promise<FakeCheckoutSession[]>;
  waitForRefunds(count: number, timeoutMs?: number): Promise<FakeRefund[]>;
  close(): Promise<void>;
}

/**
 * A local stand-in for Stripe's API (`/v1/checkout/sessions`, `/v1/refunds`) that the real `stripe` client
 * talks to. It checks what Stripe checks that matters here: the secret key, expires_at between 30 minutes
 * and 24 hours ahead (by `clock`), and idempotency keys (the same key with the same body replays the first
 * answer; with a different body it is a 400 idempotency_error).
 */
export async function startFakeStripeApi(opts: {
  secretKey: string;
  clock?: () => Date;
}): Promise<FakeStripeApi> {
  const clock = opts.clock ?? (() => new Date());
  const sessions: FakeCheckoutSession[] = [];
  const refunds: FakeRefund[] = [];
  const requests: FakeStripeApi['requests'] = [];
  const replays = new Map<string, { bodyHash: string; status: number; body: unknown }>();
  let failures = 0;
  let waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters) w();
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const key = header(req, 'idempotency-key');
    const answer = (status: number, body: unknown) => {
      requests.push({ method: req.method ?? '', path, ...(key ? { idempotencyKey: key } : {}), status });
      sendJson(res, status, body);
    };
    if (req.headers.authorization !== `Bearer ${opts.secretKey}`)
      return answer(401, stripeError('invalid_request_error', 'Invalid API Key provided'));
    if (failures > 0) {
      failures--;
      return answer(500, stripeError('api_error', 'Something went wrong on our end.'));
    }
    const bodyHash = createHash('sha256').update(`${req.method} ${path} ${raw}`).digest('hex');
    if (key && req.method === 'POST') {
      const previous = replays.get(key);
      if (previous && previous.bodyHash !== bodyHash)
        return answer(
          400,
          stripeError(
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          ),
        );
      if (previous) return answer(previous.status, previous.body);
    }
    const form = new URLSearchParams(raw);
    const remember = (status: number, body: unknown) => {
      if (key && req.method === 'POST' && status < 500) replays.set(key, { bodyHash, status, body });
      answer(status, body);
    };
    if (req.method === 'POST' && path === '/v1/checkout/sessions') return remember(...createSession(form));
    if (req.method === 'POST' && path === '/v1/refunds') return remember(...createRefund(form));
    const expire = /^\/v1\/checkout\/sessions\/(cs_[\w]+)\/expire$/.exec(path);
    if (req.method === 'POST' && expire) return answer(...expireSession(expire[1]!));
    const intent = /^\/v1\/payment_intents\/(pi_[\w]+)$/.exec(path);
    if (req.method === 'GET' && intent) return answer(...paymentIntent(intent[1]!, req.url ?? ''));
    const session = /^\/v1\/checkout\/sessions\/(cs_[\w]+)$/.exec(path);
    if (req.method === 'GET' && session) {
      const found = sessions.find((s) => s.id === session[1]);
      return found
        ? answer(200, found)
        : answer(404, stripeError('invalid_request_error', 'No such session'));
    }
    return answer(
      404,
      stripeError('invalid_request_error', `Unrecognized request URL (${req.method}: ${path})`),
    );
  });

  function createSession(form: URLSearchParams): [number, unknown] {
    const now = Math.floor(clock().getTime() / 1000);
    const expiresAt = Number(form.get('expires_at') ?? now + 86_400);
    if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600)
      return [
        400,
        stripeError(
          'invalid_request_error',
          'The `expires_at` timestamp must be less than 24 hours and at least 30 minutes from Checkout Session creation.',
          'expires_at',
        ),
      ];
    const lineItems: FakeCheckoutSession['line_items'] = [];
    for (let i = 0; form.has(`line_items[${i}][quantity]`); i++) {
      lineItems.push({
        name: form.get(`line_items[${i}][price_data][product_data][name]`) ?? '',
        unit_amount: Number(form.get(`line_items[${i}][price_data][unit_amount]`)),
        quantity: Number(form.get(`line_items[${i}][quantity]`)),
      });
    }
    if (lineItems.length === 0 || form.get('mode') !== 'payment')
      return [400, stripeError('invalid_request_error', 'Missing required param: line_items.', 'line_items')];
    const metadata: Record<string, string> = {};
    for (const [name, value] of form) {
      const m = /^metadata\[(\w+)\]$/.exec(name);
      if (m?.[1]) metadata[m[1]] = value;
    }
    const id = `cs_test_${randomBytes(12).toString('hex')}`;
    const session: FakeCheckoutSession = {
      id,
      object: 'checkout.session',
      url: `https://checkout.stripe.com/c/pay/${id}`,
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      payment_intent: null,
      amount_total: lineItems.reduce((n, item) => n + item.unit_amount * item.quantity, 0),
      currency: form.get('line_items[0][price_data][currency]') ?? 'eur',
      client_reference_id: form.get('client_reference_id'),
      metadata,
      expires_at: expiresAt,
      created: now,
      locale: form.get('locale'),
      line_items: lineItems,
    };
    sessions.push(session);
    wake();
    return [200, session];
  }

  /** Stripe: only an open session can be expired; any other is a 400 naming its status. */
  function expireSession(id: string): [number, unknown] {
    const session = sessions.find((s) => s.id === id);
    if (!session) return [404, stripeError('invalid_request_error', `No such checkout.session: '${id}'`)];
    if (session.status !== 'open')
      return [
        400,
        stripeError(
          'invalid_request_error',
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
        ),
      ];
    session.status = 'expired';
    return [200, session];
  }

  /** GET /v1/payment_intents/:id, with `expand[]=latest_charge` giving the charge (and its receipt) inline. */
  function paymentIntent(id: string, url: string): [number, unknown] {
    const session = sessions.find((s) => s.payment_intent === id);
    if (!session) return [404, stripeError('invalid_request_error', `No such payment_intent: '${id}'`)];
    // The client writes `expand[0]=latest_charge` (indexed arrays).
    const expanded = [...new URL(url, 'http://x').searchParams].some(
      ([name, value]) => name.startsWith('expand[') && value === 'latest_charge',
    );
    const chargeId = `ch_${id.slice(3)}`;
    const charge = {
      id: chargeId,
      object: 'charge',
      payment_intent: id,
      amount: session.amount_total,
      receipt_url: api.receiptsReady ? api.receiptUrlOf(session) : null,
    };
    return [
      200,
      {
        id,
        object: 'payment_intent',
        amount: session.amount_total,
        currency: session.currency,
        status: 'succeeded',
        metadata: session.metadata,
        latest_charge: expanded ? charge : chargeId,
      },
    ];
  }

  function createRefund(form: URLSearchParams): [number, unknown] {
    if (api.refundsRefused)
      return [
        402,
        stripeError(
          'card_error',
          'The card cannot accept this refund.',
          undefined,
          'charge_expired_for_capture',
        ),
      ];
    const paymentIntent = form.get('payment_intent') ?? '';
    const paid = sessions.find((s) => s.payment_intent === paymentIntent);
    if (!paid)
      return [
        400,
        stripeError('invalid_request_error', `No such payment_intent: '${paymentIntent}'`, 'payment_intent'),
      ];
    const amount = Number(form.get('amount') ?? paid.amount_total);
    const refunded = refunds
      .filter((r) => r.payment_intent === paymentIntent && r.status !== 'failed')
      .reduce((n, r) => n + r.amount, 0);
    if (refunded + amount > paid.amount_total)
      return [
        400,
        stripeError(
          'invalid_request_error',
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${paid.amount_total - refunded})`,
          'amount',
          'amount_too_large',
        ),
      ];
    const refund: FakeRefund = {
      id: `re_${randomBytes(12).toString('hex')}`,
      object: 'refund',
      amount,
      payment_intent: paymentIntent,
      status: api.refundStatus,
      metadata: { order_id: form.get('metadata[order_id]') ?? '' },
      created: Math.floor(clock().getTime() / 1000),
    };
    refunds.push(refund);
    wake();
    return [200, refund];
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const waitFor = <T>(list: T[], count: number, timeoutMs: number, what: string) =>
    new Promise<T[]>((resolve, reject) => {
      const check = () => {
        if (list.length < count) return;
        clearTimeout(timer);
        waiters = waiters.filter((w) => w !== check);
        resolve([...list]);
      };
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== check);
        reject(new Error(`fake Stripe saw ${list.length} of ${count} ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(check);
      check();
    });
  const find = (id: string) => {
    const session = sessions.find((s) => s.id === id);
    if (!session) throw new Error(`fake Stripe has no session ${id}`);
    return session;
  };
  const api: FakeStripeApi = {
    url: `http://127.0.0.1:${port}`,
    sessions,
    refunds,
    requests,
    refundStatus: 'succeeded',
    receiptsReady: true,
    receiptUrlOf: (session) => `https://pay.stripe.com/receipts/payment/${session.payment_intent ?? 'none'}`,
    refundsRefused: false,
    failNext(count) {
      failures += count;
    },
    pay(id) {
      const session = find(id);
      session.status = 'complete';
      session.payment_status = 'paid';
      session.payment_intent ??= `pi_${randomBytes(12).toString('hex')}`;
      return session;
    },
    expire(id) {
      const session = find(id);
      session.status = 'expired';
      return session;
    },
    waitForSessions: (count, timeoutMs = 5_000) => waitFor(sessions, count, timeoutMs, 'sessions'),
    waitForRefunds: (count, timeoutMs = 5_000) => waitFor(refunds, count, timeoutMs, 'refunds'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return api;
}

function stripeError(type: string, message: string, param?: string, code?: string) {
  return { error: { type, message, ...(param ? { param } : {}), ...(code ? { code } : {}) } };
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': `req_${randomBytes(7).toString('hex')}`,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
