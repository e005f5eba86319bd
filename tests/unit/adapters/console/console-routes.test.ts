import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ConsoleDeps,
  type ConsoleMessage,
  createConsoleRouter,
} from '../../../../adapters/channels/console/console-routes.js';
import type { InboundMessage } from '../../../../core/messages.js';

const EVENT = { id: 'devsummit-2026', name: 'DevSummit Lisbon 2026' };
const ALICE = { phone: '+15550100101', name: 'Alice Martins', label: 'Alice Martins (VIP, +15550100101)' };

/** An array-backed stand-in for the database: this file tests the HTTP layer only. */
function memoryDeps() {
  const submitted: InboundMessage[] = [];
  const stored: (ConsoleMessage & { eventId: string; phone: string })[] = [];
  const errors: unknown[] = [];
  /** Uploads held by `holdMedia`, by URL; `discarded` once the route drops one. */
  const held = new Map<string, { data: Buffer; contentType: string; discarded: boolean }>();
  const deps: ConsoleDeps = {
    listEvents: async () => [EVENT],
    listPeople: async (eventId) => (eventId === EVENT.id ? [ALICE] : []),
    async submit(message) {
      // Yield first, so a second request with the same client id arrives while this one is in flight.
      await new Promise((resolve) => setTimeout(resolve, 20));
      submitted.push(message);
      return { duplicate: false };
    },
    async conversation(eventId, phone, after) {
      return stored
        .filter((m) => m.eventId === eventId && m.phone === phone && (!after || m.createdAt > after))
        .map(({ eventId: _event, phone: _phone, ...message }) => message);
    },
    async holdMedia(data, contentType) {
      const mediaUrl = `transient-media:test-${held.size + 1}`;
      const entry = { data, contentType, discarded: false };
      held.set(mediaUrl, entry);
      const discard = async () => {
        entry.discarded = true;
      };
      return { mediaUrl, discard };
    },
    onError: (error) => errors.push(error),
  };
  return { deps, submitted, stored, errors, held };
}

let memory: ReturnType<typeof memoryDeps>;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  // Each test gets fresh data through `memory`; the router itself is built once, as the server does.
  app.use(
    '/console',
    createConsoleRouter(
      {
        listEvents: () => memory.deps.listEvents(),
        listPeople: (eventId) => memory.deps.listPeople(eventId),
        submit: (message) => memory.deps.submit(message),
        conversation: (eventId, phone, after) => memory.deps.conversation(eventId, phone, after),
        holdMedia: (data, contentType) => memory.deps.holdMedia!(data, contentType),
        onError: (error) => memory.deps.onError?.(error),
      },
      // The HTTP layer as the demo has it; the login and test contacts are tests/security/console-*.
      { identities: 'demo-people', csrfToken: () => 'csrf-for-test' },
    ),
  );
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/console`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  memory = memoryDeps();
});

const post = (body: unknown) =>
  fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the console page', () => {
  it('is served at /console with its script and styles under the mount path', async () => {
    const page = await fetch(baseUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('src="/console/app.js"');
    expect(html).toContain('<label for="event">Event</label>');

    for (const module of ['app.js', 'conversation.js', 'dom.js', 'local-copies.js', 'render-message.js']) {
      const script = await fetch(`${baseUrl}/${module}`);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(await script.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    }
    expect((await fetch(`${baseUrl}/other.js`)).status).toBe(404);
    const styles = await fetch(`${baseUrl}/app.css`);
    expect(styles.headers.get('content-type')).toMatch(/text\/css/);
  });
});

describe('choosing an event and a person', () => {
  it('lists the events and the people of one event', async () => {
    expect(await (await fetch(`${baseUrl}/api/events`)).json()).toEqual({ events: [EVENT] });
    const people = await fetch(`${baseUrl}/api/people?event=${EVENT.id}`);
    expect(await people.json()).toEqual({ people: [ALICE], identities: 'demo-people' });
  });

  it('explains a missing or unknown event', async () => {
    const missing = await fetch(`${baseUrl}/api/people`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/choose an event/i);
    const unknown = await fetch(`${baseUrl}/api/people?event=nope`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toContain('"nope"');
  });
});

describe('POST /console/api/messages', () => {
  it('submits typed text as a console text message from a normalised number', async () => {
    const response = await post({ event: EVENT.id, from: '+1 (555) 010-0101', text: 'hi' });
    expect(response.status).toBe(202);
    const { id } = await response.json();
    expect(memory.submitted).toEqual([
      {
        channel: 'console',
        providerMessageId: id,
        from: '+15550100101',
        eventId: EVENT.id,
        receivedAt: expect.any(Date),
        raw: { event: EVENT.id, from: '+1 (555) 010-0101', text: 'hi' },
        kind: 'text',
        text: 'hi',
      },
    ]);
  });

  it('submits a tapped button with its id as the payload and its title as the text', async () => {
    const response = await post({
      event: EVENT.id,
      from: ALICE.phone,
      button: { id: 'intent:agenda', title: 'Agenda' },
    });
    expect(response.status).toBe(202);
    expect(memory.submitted[0]).toMatchObject({ kind: 'button', payload: 'intent:agenda', text: 'Agenda' });
  });

  it('lets very long text through for the core to truncate politely', async () => {
    const response = await post({ event: EVENT.id, from: ALICE.phone, text: 'a'.repeat(100_000) });
    expect(response.status).toBe(202);
    expect(memory.submitted[0]).toMatchObject({ kind: 'text', text: 'a'.repeat(100_000) });
  });

  it.each([
    ['a bad phone number', { event: EVENT.id, from: 'call me', text: 'hi' }, /not a phone number/],
    ['empty text', { event: EVENT.id, from: ALICE.phone, text: '  \n ' }, /empty/],
    ['no text at all', { event: EVENT.id, from: ALICE.phone }, /type a message/i],
    ['a missing event', { from: ALICE.phone, text: 'hi' }, /choose an event/i],
    [
      'a button without an id',
      { event: EVENT.id, from: ALICE.phone, button: { title: 'Agenda' } },
      /"button"/,
    ],
    [
      'a malformed client id',
      { event: EVENT.id, from: ALICE.phone, text: 'hi', clientId: '<x>' },
      /clientId/,
    ],
    ['malformed JSON', '{"event": "devsummit-2026", "text": ', /not valid JSON/],
  ])('answers 400 with an explanation for %s', async (_case, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
    expect(memory.submitted).toEqual([]);
  });

  it('refuses a body over the 200 KB limit with 413 and a reason', async () => {
    const response = await post({ event: EVENT.id, from: ALICE.phone, text: 'a'.repeat(300_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/too large/);
    expect(memory.submitted).toEqual([]);
  });

  it('rejects an unknown event with 404', async () => {
    const response = await post({ event: 'nope', from: ALICE.phone, text: 'hi' });
    expect(response.status).toBe(404);
    expect(memory.submitted).toEqual([]);
  });

  it('submits a double click (the same clientId twice, even concurrently) once', async () => {
    const body = {
      event: EVENT.id,
      from: ALICE.phone,
      text: 'hi',
      clientId: 'c0ffee00-1234-4abc-9def-000000000001',
    };
    const responses = await Promise.all([post(body), post(body)]);
    const retry = await post(body);
    for (const response of [...responses, retry]) {
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ id: body.clientId });
    }
    expect(memory.submitted).toHaveLength(1);
    expect(memory.submitted[0]?.providerMessageId).toBe(body.clientId);
  });

  it('answers 500 with a short explanation, not a stack trace, when storing fails', async () => {
    memory.deps.submit = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
    const response = await post({ event: EVENT.id, from: ALICE.phone, text: 'hi' });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatch(/could not reach the bot/);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.ts/);
    expect(memory.errors).toHaveLength(1);
  });
});

const upload = (data: Buffer, contentType: string, query: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/media?${new URLSearchParams({ event: EVENT.id, from: ALICE.phone, ...query })}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: new Uint8Array(data),
  });

describe('POST /console/api/media', () => {
  it('holds a photo and submits an image message pointing at it (the bytes are not in the message)', async () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const response = await upload(photo, 'image/jpeg', { clientId: 'photo-0001' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: 'photo-0001' });
    expect(memory.submitted).toEqual([
      expect.objectContaining({
        channel: 'console',
        providerMessageId: 'photo-0001',
        from: ALICE.phone,
        eventId: EVENT.id,
        kind: 'image',
        mediaUrl: 'transient-media:test-1',
        contentType: 'image/jpeg',
      }),
    ]);
    expect(JSON.stringify(memory.submitted)).not.toContain(photo.toString('base64'));
    expect(memory.held.get('transient-media:test-1')).toMatchObject({ data: photo, discarded: false });
  });

  it("takes a browser recording's type with its codec as a voice note", async () => {
    const response = await upload(Buffer.from('webm'), 'audio/webm;codecs=opus');
    expect(response.status).toBe(202);
    expect(memory.submitted[0]).toMatchObject({ kind: 'audio', contentType: 'audio/webm' });
  });

  it('a double upload (one clientId, concurrently) is submitted once and the repeat copy dropped', async () => {
    const responses = await Promise.all([
      upload(Buffer.from('a'), 'audio/ogg', { clientId: 'twice-0001' }),
      upload(Buffer.from('a'), 'audio/ogg', { clientId: 'twice-0001' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([202, 202]);
    expect(memory.submitted).toHaveLength(1);
    const kept = memory.submitted[0] as { mediaUrl: string };
    expect([...memory.held].map(([url, h]) => [url === kept.mediaUrl, h.discarded])).toEqual(
      expect.arrayContaining([
        [true, false],
        [false, true],
      ]),
    );
  });

  it('refuses other files, empty ones and unknown events before holding anything', async () => {
    const pdf = await upload(Buffer.from('%PDF'), 'application/pdf');
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).error).toMatch(/Send a photo \(JPEG, PNG or WebP\) or a voice note/);
    expect((await upload(Buffer.alloc(0), 'image/png')).status).toBe(400);
    expect((await upload(Buffer.from('x'), 'image/png', { event: 'nope' })).status).toBe(404);
    expect((await upload(Buffer.from('x'), 'image/png', { from: 'call me' })).status).toBe(400);
    expect(memory.held.size).toBe(0);
    expect(memory.submitted).toEqual([]);
  });

  it('a failed submit drops the held upload and answers 500', async () => {
    memory.deps.submit = async () => {
      throw new Error('database down');
    };
    const response = await upload(Buffer.from('x'), 'image/png');
    expect(response.status).toBe(500);
    expect([...memory.held.values()].map((h) => h.discarded)).toEqual([true]);
  });
});

describe('GET /console/api/messages', () => {
  const message = (id: string, createdAt: string, direction: 'in' | 'out' = 'out') => ({
    id,
    direction,
    createdAt,
    status: direction === 'in' ? 'handled' : 'delivered',
    message: { kind: 'text' as const, text: id },
    eventId: EVENT.id,
    phone: ALICE.phone,
  });
  const messagesUrl = (query: Record<string, string>) =>
    `${baseUrl}/api/messages?${new URLSearchParams(query)}`;

  it('returns the conversation, and with `after` only the newer messages', async () => {
    memory.stored.push(
      message('first', '2026-12-10T09:00:00.000Z', 'in'),
      message('second', '2026-12-10T09:00:01.000Z'),
      message('third', '2026-12-10T09:00:02.000Z'),
    );
    const all = await (await fetch(messagesUrl({ event: EVENT.id, phone: ALICE.phone }))).json();
    expect(all.messages.map((m: ConsoleMessage) => m.id)).toEqual(['first', 'second', 'third']);

    const newer = await fetch(
      messagesUrl({ event: EVENT.id, phone: ALICE.phone, after: '2026-12-10T09:00:01.000Z' }),
    );
    expect((await newer.json()).messages.map((m: ConsoleMessage) => m.id)).toEqual(['third']);
  });

  it('explains a bad phone or cursor', async () => {
    const badPhone = await fetch(messagesUrl({ event: EVENT.id, phone: 'alice' }));
    expect(badPhone.status).toBe(400);
    expect((await badPhone.json()).error).toMatch(/phone/);
    const badCursor = await fetch(
      messagesUrl({ event: EVENT.id, phone: ALICE.phone, after: 'yesterday-ish' }),
    );
    expect(badCursor.status).toBe(400);
    expect((await badCursor.json()).error).toMatch(/ISO 8601/);
  });
});
