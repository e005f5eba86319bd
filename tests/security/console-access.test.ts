import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleSession, consoleClient, consoleLogin } from '../support/console-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/**
 * Issue 15, item 1: the console used to be mounted always, with no login, listing every attendee's phone
 * and accepting any `from`. Now it exists only with CONSOLE_ENABLED, sits behind a login (a password for
 * `serve`, a one-time link for the demo) with a signed HTTP-only SameSite=Strict cookie and a CSRF header,
 * and outside the demo speaks only as `console:` test contacts.
 */
const EVENT_ID = 'devsummit-2026';
const ALICE_PHONE = '+15550100101';
const PASSWORD = 'correct horse battery staple';

const inboundFrom = (app: TestApp, address: string) =>
  app.deps.db.em
    .fork()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from messages where address = ? and direction = 'in'`,
      [address],
    )
    .then(([row]) => row?.n ?? 0);

describe('without CONSOLE_ENABLED', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ workers: false });
  });
  afterAll(() => app?.close());

  it('the console is not there at all', async () => {
    for (const path of [
      '/console',
      '/console/',
      '/console/app.js',
      `/console/api/people?event=${EVENT_ID}`,
    ]) {
      expect((await fetch(`${app.baseUrl}${path}`, { redirect: 'manual' })).status).toBe(404);
    }
    const post = await fetch(`${app.baseUrl}/console/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: EVENT_ID, from: ALICE_PHONE, text: 'cancel my booking' }),
    });
    expect(post.status).toBe(404);
    expect(await inboundFrom(app, ALICE_PHONE)).toBe(0);
  });
});

describe('serve with CONSOLE_ENABLED=true and CONSOLE_PASSWORD', () => {
  let app: TestApp;
  let session: ConsoleSession;
  beforeAll(async () => {
    app = await startTestApp({
      mode: 'serve',
      env: {
        MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
        FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        CONSOLE_ENABLED: 'true',
        CONSOLE_PASSWORD: PASSWORD,
      },
    });
    session = await consoleLogin(app.baseUrl, PASSWORD);
  });
  afterAll(() => app?.close());

  const api = (path: string, init: RequestInit = {}) => fetch(`${app.baseUrl}/console/api/${path}`, init);
  const postMessage = (body: unknown, headers: Record<string, string>) =>
    api('messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const withSession = () => ({ cookie: session.cookie, 'x-csrf-token': session.csrfToken });

  it('without a session: the page redirects to the login, the API answers 401 and stores nothing', async () => {
    const page = await fetch(`${app.baseUrl}/console/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/console/login');
    const login = await fetch(`${app.baseUrl}/console/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('name="password"');
    expect((await api(`people?event=${EVENT_ID}`)).status).toBe(401);
    expect((await api(`messages?event=${EVENT_ID}&phone=console:tester`)).status).toBe(401);
    const post = await postMessage({ event: EVENT_ID, from: 'console:tester', text: 'hi' }, {});
    expect(post.status).toBe(401);
    expect(await inboundFrom(app, 'console:tester')).toBe(0);
  });

  it('a wrong password is refused; the right one sets a signed, HTTP-only, SameSite=Strict cookie', async () => {
    const wrong = await fetch(`${app.baseUrl}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ password: 'not the password' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const right = await fetch(`${app.baseUrl}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ password: PASSWORD }),
    });
    expect(right.status).toBe(303);
    const [cookie] = right.headers.getSetCookie();
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/console/);
  });

  it('a tampered or made-up cookie is no session', async () => {
    const [name, value] = session.cookie.split('=') as [string, string];
    const [expires, nonce, signature] = value.split('.');
    const later = `${name}=${Number(expires) + 1}.${nonce}.${signature}`;
    const forged = `${name}=${Date.now() + 60_000}.${randomBytes(18).toString('base64url')}.${signature}`;
    for (const cookie of [later, forged, `${name}=`, 'other=1']) {
      expect((await api(`people?event=${EVENT_ID}`, { headers: { cookie } })).status).toBe(401);
    }
  });

  it('a POST needs the session CSRF token in a header (a cross-site form cannot send it)', async () => {
    const body = { event: EVENT_ID, from: 'console:tester', text: 'hi from another site' };
    expect((await postMessage(body, { cookie: session.cookie })).status).toBe(403);
    const wrong = await postMessage(body, { cookie: session.cookie, 'x-csrf-token': 'guessed' });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({
      error: 'This request did not come from the console page. Reload the page and try again.',
    });
    const upload = await api(`media?event=${EVENT_ID}&from=console:tester`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'image/jpeg' },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(upload.status).toBe(403);
    expect(await inboundFrom(app, 'console:tester')).toBe(0);
  });

  it('lists test contacts only — no attendee, no phone number', async () => {
    const res = await api(`people?event=${EVENT_ID}`, { headers: withSession() });
    const body = await res.json();
    expect(body).toEqual({
      people: [{ phone: 'console:tester', name: 'Test contact', label: 'Test contact (console:tester)' }],
      identities: 'test-contacts',
    });
    expect(JSON.stringify(body)).not.toMatch(/\+?\d{7,}/);
  });

  it("cannot act as, read or divert a real attendee's WhatsApp number", async () => {
    for (const from of [ALICE_PHONE, 'whatsapp:+15550100101', '0015550100101']) {
      const res = await postMessage({ event: EVENT_ID, from, text: 'cancel my booking' }, withSession());
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error:
          'This console speaks only as test contacts, never as a phone number. Type a name instead, e.g. "tester".',
      });
    }
    const upload = await api(`media?event=${EVENT_ID}&from=${encodeURIComponent(ALICE_PHONE)}`, {
      method: 'POST',
      headers: { ...withSession(), 'content-type': 'image/jpeg' },
      body: new Uint8Array([0xff, 0xd8, 0xff]),
    });
    expect(upload.status).toBe(400);
    const read = await api(`messages?event=${EVENT_ID}&phone=${encodeURIComponent(ALICE_PHONE)}`, {
      headers: withSession(),
    });
    expect(read.status).toBe(400);
    expect(await inboundFrom(app, ALICE_PHONE)).toBe(0);
  });

  it('chats as a console: test contact of its own, answered by the real pipeline', async () => {
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, 'console:qa-lead');
    const [reply] = await chat.say('hi', 1, 20_000);
    expect(reply).toBeTruthy();
    // A typed name becomes the same address.
    const typed = await postMessage({ event: EVENT_ID, from: 'QA Lead', text: 'hello again' }, withSession());
    expect(typed.status).toBe(202);
    expect(await inboundFrom(app, 'console:qa-lead')).toBe(2);
    // Its own contact, tied to no attendee.
    const contacts = await app.deps.db.em.fork().execute<{ phone: string; attendees: number }[]>(
      `select c.phone, (select count(*)::int from attendees a where a.contact_id = c.id) as attendees
           from contacts c where c.phone like 'console:%'`,
    );
    expect(contacts).toEqual([{ phone: 'console:qa-lead', attendees: 0 }]);
  });
});

describe('the demo: a one-time login link', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ mode: 'demo', workers: false });
  });
  afterAll(() => app?.close());

  it('logs in once; the link is then spent, and a guessed one never works', async () => {
    const link = new URL(app.consoleLoginUrl!);
    expect(link.pathname).toBe('/console/login');
    expect(link.searchParams.get('token')).toMatch(/^[\w-]{32}$/);

    const guessed = await fetch(`${app.baseUrl}/console/login?token=${'A'.repeat(32)}`, {
      redirect: 'manual',
    });
    expect(guessed.status).toBe(403);
    expect(guessed.headers.getSetCookie()).toEqual([]);

    const first = await fetch(link, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const [cookie] = first.headers.getSetCookie();
    expect(cookie).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    const again = await fetch(link, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('That login link is not valid or was already used.');

    // The demo may still chat as its own attendees.
    const people = await fetch(`${app.baseUrl}/console/api/people?event=${EVENT_ID}`, {
      headers: { cookie: cookie!.split(';')[0]! },
    });
    expect(await people.json()).toMatchObject({
      identities: 'demo-people',
      people: expect.arrayContaining([expect.objectContaining({ phone: ALICE_PHONE })]),
    });
    // No password is set in the demo, so the password form cannot be used to get in.
    const login = await fetch(`${app.baseUrl}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ password: '' }),
    });
    expect(login.status).toBe(401);
  });
});
