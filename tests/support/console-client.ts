import { randomUUID } from 'node:crypto';
import type { ConsoleMessage } from '../../adapters/channels/console/console-routes.js';
import { type OutboundMessage, renderAsText } from '../../core/messages.js';
import { eventually } from './eventually.js';

/** A logged-in console session: the cookie to send, and the CSRF token the page would send on POST. */
export interface ConsoleSession {
  cookie: string;
  csrfToken: string;
}

/**
 * Logs in as a browser does: by the one-time link (`login` is its URL) or by password (`login` is the base
 * URL), then reads the CSRF token from the page.
 */
export async function consoleLogin(login: string, password?: string): Promise<ConsoleSession> {
  const res =
    password === undefined
      ? await fetch(login, { redirect: 'manual' })
      : await fetch(`${login}/console/login`, {
          method: 'POST',
          redirect: 'manual',
          body: new URLSearchParams({ password }),
        });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (res.status !== 303 || !cookie) throw new Error(`console login answered ${res.status}`);
  const page = await fetch(new URL('/console/', login), { headers: { cookie } });
  const csrfToken = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrfToken) throw new Error('the console page has no CSRF token');
  return { cookie, csrfToken };
}

/** Talks to the console's JSON API as the page does: one person on one event. */
export function consoleClient(baseUrl: string, session: ConsoleSession, eventId: string, phone: string) {
  const api = `${baseUrl}/console/api`;
  const auth = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  const read = async (): Promise<ConsoleMessage[]> => {
    const res = await fetch(`${api}/messages?${new URLSearchParams({ event: eventId, phone })}`, {
      headers: auth,
    });
    return ((await res.json()) as { messages: ConsoleMessage[] }).messages;
  };
  const replies = async () => (await read()).filter((m) => m.direction === 'out');

  /** Sends, then waits until `count` replies newer than the ones already there have arrived. */
  async function exchange(send: () => Promise<Response>, count: number, timeoutMs: number) {
    const before = (await replies()).length;
    const res = await send();
    if (res.status !== 202) throw new Error(`console answered ${res.status}: ${await res.text()}`);
    const fresh = await eventually(
      async () => {
        const all = await replies();
        return all.length - before >= count && all.slice(before);
      },
      timeoutMs,
      `${count} console replies`,
    );
    return fresh.map((m) => renderAsText(m.message as OutboundMessage));
  }

  /** The upload as the page sends it: the file is the body, typed by its Content-Type. */
  const upload = (data: Buffer, contentType: string, clientId: string = randomUUID()) =>
    fetch(`${api}/media?${new URLSearchParams({ event: eventId, from: phone, clientId })}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': contentType },
      body: new Uint8Array(data),
    });

  return {
    read,
    upload,
    say: (text: string, count = 1, timeoutMs = 10_000) =>
      exchange(
        () =>
          fetch(`${api}/messages`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ event: eventId, from: phone, text }),
          }),
        count,
        timeoutMs,
      ),
    /** Uploads a photo or voice note and waits for `count` replies. */
    send: (data: Buffer, contentType: string, count = 1, timeoutMs = 20_000) =>
      exchange(() => upload(data, contentType), count, timeoutMs),
  };
}
