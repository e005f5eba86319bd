import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { startWhatsAppWebGateway, type WhatsAppWebGateway } from '../../../bots/whatsapp-web.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { findReplyTarget } from '../../../core/services/waitlist/find-reply-target.js';
import { FakeWebClient } from '../../contracts/fake-whatsapp-web-client.js';
import { consoleLogin } from '../../support/console-client.js';
import { eventually } from '../../support/eventually.js';
import { demoEventFile, startTestApp, type TestApp } from '../../support/start-test-app.js';

let app: TestApp;
let gateway: WhatsAppWebGateway | undefined;
const EVENT = 'devsummit-2026';

beforeAll(async () => {
  app = await startTestApp({ mode: 'demo', workers: false });
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await setEventChannel('whatsapp');
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const setEventChannel = (channel: string) =>
  sql('update events set whatsapp_channel = ? where id = ?', [channel, EVENT]);

function startGateway(startup: FakeWebClient['startup']) {
  gateway = startWhatsAppWebGateway(app.deps, {
    makeClient() {
      const client = new FakeWebClient();
      client.startup = startup;
      return client;
    },
    loadMedia: async () => ({ mimetype: 'image/png', data: '' }),
    pacing: { perChatMs: 0, perMinute: 600 },
    retryDelayMs: () => 60_000,
  });
}

async function health(): Promise<{ ok: boolean; whatsappWeb?: Record<string, string> }> {
  const res = await fetch(`${app.baseUrl}/healthz`);
  return (await res.json()) as { ok: boolean; whatsappWeb?: Record<string, string> };
}

describe('the WhatsApp Web gateway state, seen from the server', () => {
  it('is left out of /healthz on a Twilio-only setup, and shown as not running once an event needs it', async () => {
    expect((await health()).whatsappWeb).toBeUndefined();
    await setEventChannel('whatsapp-web');
    expect((await health()).whatsappWeb).toEqual({ state: 'not_running' });
  });

  it('shows connected with its start time while the gateway runs, and not running after it stops', async () => {
    await setEventChannel('whatsapp-web');
    startGateway('ready');
    const shown = await eventually(async () => {
      const state = (await health()).whatsappWeb;
      return state?.state === 'connected' && state;
    }, 5_000);
    expect(Date.parse(shown.since ?? '')).toBeGreaterThan(Date.now() - 60_000);
    await gateway?.close();
    gateway = undefined;
    expect((await health()).whatsappWeb).toEqual({ state: 'not_running' });
  });

  it('reports an offline start as disconnected with its cause (the server stays healthy)', async () => {
    startGateway(new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/'));
    const shown = await eventually(async () => {
      const body = await health();
      return body.whatsappWeb?.state === 'disconnected' && body;
    }, 5_000);
    expect(shown.ok).toBe(true);
    expect(shown.whatsappWeb?.cause).toContain('ERR_NAME_NOT_RESOLVED');
  });

  it('serves the QR code on the console page behind the login, and never in /healthz', async () => {
    startGateway('qr');
    const state = await eventually(async () => {
      const s = (await health()).whatsappWeb;
      return s?.state === 'qr_needed' && s;
    }, 5_000);
    expect(JSON.stringify(state)).not.toContain('fake-qr-payload');

    const anonymous = await fetch(`${app.baseUrl}/console/whatsapp-web`, { redirect: 'manual' });
    expect(await anonymous.text()).not.toContain('<svg');

    const session = await consoleLogin(app.consoleLoginUrl ?? '');
    const page = await fetch(`${app.baseUrl}/console/whatsapp-web`, { headers: { cookie: session.cookie } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Link a device');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(html).toContain('http-equiv="refresh"');
  });
});

describe('the event’s WhatsApp channel', () => {
  it('is read from the event file (`channels.whatsapp`), Twilio by default', async () => {
    const file = demoEventFile();
    await importEvent(app.deps.db.em.fork(), file, new HashedEmbedder());
    expect(await sql('select whatsapp_channel from events where id = ?', [EVENT])).toEqual([
      { whatsapp_channel: 'whatsapp' },
    ]);
    file.event.channels = { whatsapp: 'whatsapp-web' };
    await importEvent(app.deps.db.em.fork(), file, new HashedEmbedder());
    expect(await sql('select whatsapp_channel from events where id = ?', [EVENT])).toEqual([
      { whatsapp_channel: 'whatsapp-web' },
    ]);
  });

  it('carries proactive messages to someone who never wrote, while a person who wrote keeps their channel', async () => {
    await setEventChannel('whatsapp-web');
    const [silent] = await sql<{ id: string }>(
      `insert into contacts (id, phone, opted_out, created_at) values (gen_random_uuid(), '+15550109901', false, now()) returning id`,
    );
    const em = app.deps.db.em.fork();
    expect(await findReplyTarget(em, silent!.id, EVENT)).toMatchObject({
      channel: 'whatsapp-web',
      address: '+15550109901',
    });
    await sql(
      `insert into messages (id, contact_id, direction, channel, address, kind, payload, status, created_at, updated_at)
       values (gen_random_uuid(), ?, 'in', 'whatsapp', 'whatsapp:+15550109901', 'text', '{}', 'received', now(), now())`,
      [silent!.id],
    );
    expect(await findReplyTarget(em, silent!.id, EVENT)).toMatchObject({
      channel: 'whatsapp',
      address: 'whatsapp:+15550109901',
    });
  });
});
