import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWhatsAppWebGateway, type WhatsAppWebGateway } from '../../../bots/whatsapp-web.js';
import { enqueueReplies } from '../../../core/services/outbox/enqueue-replies.js';
import { enqueueDeliveries } from '../../../jobs/queues.js';
import { FakeWebClient, fakeWebMessage } from '../../contracts/fake-whatsapp-web-client.js';
import { eventually } from '../../support/eventually.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

let app: TestApp;
let gateway: WhatsAppWebGateway | undefined;
let clients: FakeWebClient[];

beforeAll(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** Starts the gateway on fake library clients; `startups` says how each successive client's initialize() ends. */
function startGateway(
  startups: FakeWebClient['startup'][] = ['ready'],
  pacing = { perChatMs: 0, perMinute: 600 },
) {
  clients = [];
  gateway = startWhatsAppWebGateway(app.deps, {
    makeClient() {
      const client = new FakeWebClient();
      client.startup = startups[Math.min(clients.length, startups.length - 1)] ?? 'ready';
      clients.push(client);
      return client;
    },
    loadMedia: async (url) => ({ mimetype: 'image/png', data: Buffer.from(url).toString('base64') }),
    pacing,
    retryDelayMs: () => 100,
    offlineRecheckMs: 200,
  });
  return gateway;
}

const allSent = () => clients.flatMap((c) => c.sent);

/** The outbox row's status once the send has been recorded (the fake records the send just before). */
const settledStatus = (outboxId: string | undefined) =>
  eventually(
    async () => {
      const [row] = await sql<{ status: string }>('select status from outbox where id = ?', [outboxId]);
      return row && row.status !== 'pending' && row.status !== 'sending' ? row.status : undefined;
    },
    5_000,
    'outbox row settled',
  );

/** A reply written to the outbox on the whatsapp-web channel, queued the way every producer queues replies. */
async function queueReply(
  phone: string,
  text: string | string[],
  options: { proactive?: boolean; contactId?: string } = {},
) {
  const em = app.deps.db.em.fork();
  const ids = await em.transactional((tx) =>
    enqueueReplies(
      tx,
      { contactId: options.contactId ?? null, channel: 'whatsapp-web', address: phone, eventId: null },
      [text].flat().map((t) => ({ kind: 'text' as const, text: t })),
      options,
    ),
  );
  await enqueueDeliveries(app.deps.queues, ids);
  return ids;
}

describe('the WhatsApp Web gateway', () => {
  it('stores an inbound message once, runs the pipeline, and sends the reply from the gateway', async () => {
    startGateway();
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    const message = fakeWebMessage({ from: '15550100201@c.us', type: 'chat', body: 'hello' });
    clients[0]!.emit('message', message);
    clients[0]!.emit('message', message); // the same message again (a reconnect replays recent messages)
    const sent = await eventually(
      async () => allSent().find((s) => s.chatId === '15550100201@c.us'),
      15_000,
      'reply',
    );
    expect(typeof sent.content).toBe('string');
    const rows = await sql<{ channel: string; n: string }>(
      `select channel, count(*) as n from messages where direction = 'in' and address = '+15550100201' group by channel`,
    );
    expect(rows).toEqual([{ channel: 'whatsapp-web', n: '1' }]);
    const out = await eventually(
      async () => {
        const [row] = await sql<{ channel: string; status: string }>(
          `select m.channel, o.status from outbox o join messages m on m.id = o.message_id where m.address = '+15550100201'`,
        );
        return row?.status === 'sent' ? row : undefined;
      },
      5_000,
      'outbox row sent',
    );
    expect(out.channel).toBe('whatsapp-web');
  });

  it('moves a sent message’s status forward only on message_ack', async () => {
    startGateway();
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    await queueReply('+15550100202', 'ack me');
    const sent = await eventually(
      async () => allSent().find((s) => s.chatId === '15550100202@c.us'),
      10_000,
      'send',
    );
    const status = async () =>
      (
        await sql<{ status: string }>('select status from messages where provider_message_id = ?', [sent.id])
      )[0]?.status;
    await eventually(async () => (await status()) !== undefined, 5_000, 'provider id stored');
    clients[0]!.emit('message_ack', { id: { _serialized: sent.id } }, 3);
    await eventually(async () => (await status()) === 'read', 5_000, 'read');
    clients[0]!.emit('message_ack', { id: { _serialized: sent.id } }, 2);
    clients[0]!.emit('message_ack', { id: { _serialized: sent.id } }, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await status()).toBe('read');
  });

  it('never sends a proactive message to someone who opted out', async () => {
    const [contact] = await sql<{ id: string }>(
      `insert into contacts (id, phone, opted_out, created_at) values (gen_random_uuid(), '+15550100203', true, now())
       returning id`,
    );
    startGateway();
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    const [outboxId] = await queueReply('+15550100203', 'Seats are free again!', {
      proactive: true,
      contactId: contact!.id,
    });
    const row = await eventually(
      async () => {
        const [r] = await sql<{ status: string; last_error: string }>(
          'select status, last_error from outbox where id = ?',
          [outboxId],
        );
        return r?.status === 'pending' || r?.status === 'sending' ? undefined : r;
      },
      10_000,
      'outbox settled',
    );
    expect(row).toEqual({ status: 'suppressed', last_error: 'opted_out' });
    expect(allSent().filter((s) => s.chatId === '15550100203@c.us')).toEqual([]);
  });

  it('reports an offline start as disconnected with its cause, keeps retrying, and sends waiting replies once connected', async () => {
    const offline = new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
    startGateway([offline, offline, offline, 'ready']);
    const down = await eventually(
      async () => {
        const s = gateway?.state();
        return s?.state === 'disconnected' ? s : undefined;
      },
      5_000,
      'disconnected',
    );
    expect(down.cause).toMatch(/ERR_NAME_NOT_RESOLVED/);
    const [outboxId] = await queueReply('+15550100204', 'waiting for the phone');
    await eventually(async () => gateway?.state().state === 'connected', 10_000, 'reconnected');
    expect(clients.length).toBe(4);
    expect(clients.slice(0, 3).every((c) => c.destroyed)).toBe(true);
    await eventually(
      async () => allSent().some((s) => s.chatId === '15550100204@c.us'),
      10_000,
      'sent after reconnect',
    );
    expect(await settledStatus(outboxId)).toBe('sent');
    expect(allSent().filter((s) => s.chatId === '15550100204@c.us')).toHaveLength(1);
  });

  it('keeps replies in the outbox while the phone is away, and sends them when it is back', async () => {
    startGateway(['ready', 'ready']);
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    clients[0]!.emit('disconnected', 'NAVIGATION');
    expect(gateway?.state()).toMatchObject({
      state: 'disconnected',
      cause: expect.stringMatching(/NAVIGATION/),
    });
    const ids = await queueReply('+15550100205', 'sent after the phone returns');
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'reconnected');
    await eventually(async () => allSent().some((s) => s.chatId === '15550100205@c.us'), 10_000, 'sent');
    expect(clients[0]!.sent.filter((s) => s.chatId === '15550100205@c.us')).toEqual([]);
    expect(await settledStatus(ids[0])).toBe('sent');
  });

  /** Records when each send reached the library client. */
  function timeSends(client: FakeWebClient): { chatId: string; at: number }[] {
    const times: { chatId: string; at: number }[] = [];
    const original = client.sendMessage.bind(client);
    client.sendMessage = async (chatId, ...rest) => {
      times.push({ chatId, at: Date.now() });
      return original(chatId, ...rest);
    };
    return times;
  }

  it('paces sends: one chat at least perChatMs apart, in the order written', async () => {
    startGateway(['ready'], { perChatMs: 400, perMinute: 6000 });
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    const times = timeSends(clients[0]!);
    // One reply of three messages (a greeting, details, a menu) leaves in the order written.
    await queueReply('+15550100206', ['one', 'two', 'three']);
    await eventually(async () => times.length >= 3, 15_000, 'three sends');
    expect(clients[0]!.sent.map((s) => s.content)).toEqual(['one', 'two', 'three']);
    // Bottleneck spaces launches; a few ms of scheduling slack under load is allowed, a burst is not.
    expect(times[1]!.at - times[0]!.at).toBeGreaterThanOrEqual(350);
    expect(times[2]!.at - times[1]!.at).toBeGreaterThanOrEqual(350);
  });

  it('paces sends overall: at most perMinute over all chats', async () => {
    startGateway(['ready'], { perChatMs: 0, perMinute: 120 });
    await eventually(async () => gateway?.state().state === 'connected', 5_000, 'connected');
    const times = timeSends(clients[0]!);
    await queueReply('+15550100207', 'to one person');
    await queueReply('+15550100208', 'to another');
    await queueReply('+15550100209', 'to a third');
    await eventually(async () => times.length >= 3, 15_000, 'three sends');
    const at = times.map((t) => t.at).sort((a, b) => a - b);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(450);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(450);
  });

  it('settles what a killed gateway left mid-send: a reply the chat already has is never sent twice', async () => {
    const [inChat] = await queueReply('+15550100211', 'already in the chat before the crash');
    const [notInChat] = await queueReply('+15550100212', 'claimed but never sent');
    // As a killed gateway leaves them: claimed (sending, with a lease) and never recorded.
    await sql(
      `update outbox set status = 'sending', lease_until = now() + interval '2 minutes' where id in (?, ?)`,
      [inChat, notInChat],
    );
    clients = [];
    gateway = startWhatsAppWebGateway(app.deps, {
      makeClient() {
        const client = new FakeWebClient();
        // The phone's history: WhatsApp took the first message just before the old gateway died.
        client.sent.push({
          chatId: '15550100211@c.us',
          content: 'already in the chat before the crash',
          id: 'true_15550100211@c.us_BEFORECRASH',
          timestamp: Math.floor(Date.now() / 1000),
        });
        clients.push(client);
        return client;
      },
      loadMedia: async () => ({ mimetype: 'image/png', data: '' }),
      pacing: { perChatMs: 0, perMinute: 600 },
    });
    expect(await settledStatus(notInChat)).toBe('sent');
    expect(await settledStatus(inChat)).toBe('sent');
    const sentTo = (chat: string) => clients[0]!.sent.filter((s) => s.chatId === chat).map((s) => s.id);
    expect(sentTo('15550100211@c.us')).toEqual(['true_15550100211@c.us_BEFORECRASH']);
    expect(sentTo('15550100212@c.us')).toHaveLength(1);
    const [recorded] = await sql<{ provider_message_id: string }>(
      'select m.provider_message_id from outbox o join messages m on m.id = o.message_id where o.id = ?',
      [inChat],
    );
    expect(recorded?.provider_message_id).toBe('true_15550100211@c.us_BEFORECRASH');
  });
});
