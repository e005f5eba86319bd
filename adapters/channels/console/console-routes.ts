import express, { type NextFunction, type Request, type Response } from 'express';
import type { InboundMessage, OutboundMessage } from '../../../core/messages.js';
import { type ConsoleIdentities, consoleAddress, DEFAULT_TEST_CONTACT } from './console-identity.js';
import { loadPageAssets, PAGE_CSP } from './page-assets.js';
import {
  CONSOLE_MEDIA_MAX_BYTES,
  parseConsoleMessage,
  parseConsoleUpload,
  TOO_BIG,
} from './parse-console-message.js';
import { submitOnce } from './submit-once.js';

/** Someone the console can speak as; `label` is what the picker shows, e.g. "Alice Martins (VIP, +15550100101)". */
export interface ConsolePerson {
  phone: string;
  name: string;
  label: string;
}

export interface ConsoleMessage {
  id: string;
  /** `in` was typed or tapped on the page; `out` is the bot's reply. */
  direction: 'in' | 'out';
  createdAt: string;
  status: string;
  message:
    | OutboundMessage
    | { kind: 'text'; text: string }
    | { kind: 'button'; text: string; payload: string }
    /** A photo or voice note the person sent: only a label ("📷 photo"), the bytes are never kept. */
    | { kind: 'media'; media: 'photo' | 'voice'; text: string };
}

export interface ConsoleDeps {
  listEvents(): Promise<{ id: string; name: string }[]>;
  listPeople(eventId: string): Promise<ConsolePerson[]>;
  /** Stores the message and schedules handling; resolves once stored (`duplicate`: it already was). */
  submit(message: InboundMessage): Promise<{ duplicate: boolean }>;
  /**
   * Keeps an uploaded photo or voice note only until the worker takes it (minutes, never on disk or in
   * Postgres) and returns the media URL the worker fetches it by, and a way to drop it at once (when the
   * message is not stored, or was already). Without it the console sends text only.
   */
  holdMedia?(data: Buffer, contentType: string): Promise<{ mediaUrl: string; discard(): Promise<void> }>;
  /**
   * Messages for one phone on one event, oldest first. `after` is an ISO 8601 time: only messages created
   * strictly later are returned. The page re-reads a few seconds behind its newest message, so replies
   * committed slightly out of order, and status changes, are still picked up (it dedupes by `id`).
   */
  conversation(eventId: string, phone: string, after?: string): Promise<ConsoleMessage[]>;
  /** Hears about unexpected failures; the page itself only gets a short explanation. */
  onError?(error: unknown): void;
}

export interface ConsoleRouterOptions {
  /** Who one may chat as: the events' attendees (the demo only), or `console:` test contacts. */
  identities: ConsoleIdentities;
  /** The session's CSRF token, put in the page for its POSTs (console-auth.ts checks it). */
  csrfToken(res: Response): string;
}

/** Outside the demo the picker offers test contacts only: no attendee, so no phone number, is listed. */
const TEST_CONTACTS: ConsolePerson[] = [
  { phone: DEFAULT_TEST_CONTACT, name: 'Test contact', label: `Test contact (${DEFAULT_TEST_CONTACT})` },
];

/**
 * The local web chat: the page, its assets and a small JSON API, mounted by the server at `/console`
 * behind the console's login (console-auth.ts).
 */
export function createConsoleRouter(deps: ConsoleDeps, options: ConsoleRouterOptions): express.Router {
  const { identities } = options;
  const assets = loadPageAssets();
  const submit = submitOnce((message) => deps.submit(message));
  const router = express.Router();
  // Long pastes are allowed through (the core truncates and says so), so the limit sits above 64 KB.
  router.use(express.json({ limit: '200kb' }));

  router.get('/', (req, res) => {
    res.set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-cache' });
    res.type('html').send(assets.html(req.baseUrl, options.csrfToken(res)));
  });
  router.get('/app.css', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('css').send(assets.css);
  });
  router.get('/:script', (req, res, next) => {
    const script = assets.scripts.get(req.params.script);
    if (!script) return next();
    res.set('Cache-Control', 'no-cache').type('js').send(script);
  });

  router.use('/api', (_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    next();
  });
  router.get('/api/events', async (_req, res) => {
    res.json({ events: await deps.listEvents() });
  });
  router.get('/api/people', async (req, res) => {
    const eventId = queryString(req, 'event');
    if (!eventId) return badRequest(res, 'Choose an event first ("event" is missing).');
    if (!(await eventExists(deps, eventId))) return unknownEvent(res, eventId);
    const people = identities === 'demo-people' ? await deps.listPeople(eventId) : TEST_CONTACTS;
    res.json({ people, identities });
  });
  router.post('/api/messages', async (req, res) => {
    const parsed = parseConsoleMessage(req.body, new Date(), identities);
    if (!parsed.ok) return badRequest(res, parsed.error);
    const { eventId } = parsed.message;
    if (eventId && !(await eventExists(deps, eventId))) return unknownEvent(res, eventId);
    await submit(parsed.message);
    res.status(202).json({ id: parsed.message.providerMessageId });
  });
  // The file itself is the body, typed by its Content-Type: no multipart parser needed. Other types are not
  // read at all (the handler refuses them); past the limit the body stops being read and the answer is 413.
  const readUpload = express.raw({ type: ['image/*', 'audio/*'], limit: CONSOLE_MEDIA_MAX_BYTES });
  router.post('/api/media', readUpload, async (req, res) => {
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const parsed = parseConsoleUpload(
      req.query,
      { contentType: req.get('content-type'), bytes: data.byteLength },
      new Date(),
      identities,
    );
    if (!parsed.ok) return void res.status(parsed.status).json({ error: parsed.error });
    if (!deps.holdMedia) {
      return void res.status(501).json({ error: 'This console can send text only (no media store).' });
    }
    const { envelope, kind, contentType } = parsed;
    if (envelope.eventId && !(await eventExists(deps, envelope.eventId))) {
      return unknownEvent(res, envelope.eventId);
    }
    const held = await deps.holdMedia(data, contentType);
    let stored = false;
    try {
      stored = (await submit({ ...envelope, kind, mediaUrl: held.mediaUrl, contentType })).first;
    } finally {
      // A retried upload (same client id) is answered from the first copy: this one would only wait out its TTL.
      if (!stored) await held.discard().catch(() => {});
    }
    res.status(202).json({ id: envelope.providerMessageId });
  });
  router.get('/api/messages', async (req, res) => {
    const eventId = queryString(req, 'event');
    if (!eventId) return badRequest(res, 'Choose an event first ("event" is missing).');
    const address = consoleAddress(queryString(req, 'phone') ?? '', identities);
    if (!address.ok) {
      return badRequest(
        res,
        identities === 'demo-people'
          ? '"phone" must be a phone number in international format, e.g. +15550100101.'
          : address.error,
      );
    }
    const phone = address.address;
    const after = queryString(req, 'after');
    if (after !== undefined && Number.isNaN(Date.parse(after))) {
      return badRequest(res, '"after" must be an ISO 8601 time, e.g. 2026-12-10T09:30:00.000Z.');
    }
    const cursor = after === undefined ? undefined : new Date(after).toISOString();
    res.json({ messages: await deps.conversation(eventId, phone, cursor) });
  });

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
    if (type === 'entity.parse.failed') return badRequest(res, 'The request body is not valid JSON.');
    if (type === 'entity.too.large') {
      const upload = req.path === '/api/media';
      return void res.status(413).json({
        error: upload ? TOO_BIG : 'That message is too large to send (the limit is 200 KB).',
      });
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res.status(status).json({ error: 'The console could not read that request.' });
    }
    deps.onError?.(error);
    res.status(500).json({
      error:
        'The console could not reach the bot right now. Check that the server and its database are running, then try again.',
    });
  });
  return router;
}

function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function badRequest(res: Response, error: string): void {
  res.status(400).json({ error });
}

function unknownEvent(res: Response, eventId: string): void {
  res.status(404).json({ error: `There is no event "${eventId.slice(0, 80)}". Pick one from the list.` });
}

async function eventExists(deps: ConsoleDeps, eventId: string): Promise<boolean> {
  return (await deps.listEvents()).some((event) => event.id === eventId);
}
