import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/**
 * Issue 15, item 3: password guesses on the console login are limited per client address (3 per window
 * here), so the password cannot be brute-forced; other addresses, and the right password from them, still
 * get in. X-Forwarded-For is believed only from a proxy on a private network (the test's loopback).
 */
const PASSWORD = 'correct horse battery staple';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    mode: 'serve',
    workers: false,
    env: {
      MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
      FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      CONSOLE_ENABLED: 'true',
      CONSOLE_PASSWORD: PASSWORD,
      RATE_LIMIT_LOGIN_ATTEMPTS: '3',
    },
  });
});
afterAll(() => app?.close());

const login = (password: string, ip: string) =>
  fetch(`${app.baseUrl}/console/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ password }).toString(),
  });

describe('console login attempts', () => {
  it('refuses an address after three wrong passwords, even with the right one', async () => {
    for (let i = 0; i < 3; i++) expect((await login(`guess-${i}`, '203.0.113.7')).status).toBe(401);
    const blocked = await login(PASSWORD, '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('set-cookie')).toBeNull();
    expect(await blocked.text()).toContain('Too many wrong passwords');
  });

  it('lets another address log in', async () => {
    const ok = await login(PASSWORD, '203.0.113.8');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('set-cookie')).toContain('eventos_console=');
  });

  it('counts concurrent guesses exactly (no race past the limit)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login(`guess-${i}`, '203.0.113.9')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});
