import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo } from '../support/whatsapp-inbox.js';

// Items 8 and 9 of issue 15: provider fields that Postgres cannot store used to lose the message.
const INBOUND = '/webhooks/twilio/whatsapp';
const ALICE = '+15550100101';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function send(params: Record<string, string>) {
  const res = await postTwilio(app.baseUrl, INBOUND, params);
  expect(res.status).toBe(200);
  return params.MessageSid;
}

const handled = (sid: string | undefined) =>
  eventually(
    async () => {
      const [row] = await sql<{ status: string; body: string; payload: Record<string, unknown> }>(
        'select status, body, payload from messages where provider_message_id = ?',
        [sid],
      );
      return row?.status === 'handled' ? row : undefined;
    },
    15_000,
    `message ${sid} handled`,
  );

describe('WhatsApp profile names', () => {
  it('answers someone whose profile name is 300 characters long and stores a bounded name', async () => {
    const phone = '+15550109001';
    const sid = await send({ ...whatsappText(phone, 'hi'), ProfileName: `${'Ana '.repeat(75)}Long` });
    await handled(sid);
    await eventually(async () => messagesTo(app, phone).length > 0, 15_000, 'a reply');
    const [contact] = await sql<{ display_name: string }>(
      'select display_name from contacts where phone = ?',
      [phone],
    );
    expect(contact!.display_name.length).toBeLessThanOrEqual(120);
    expect(contact!.display_name.startsWith('Ana Ana')).toBe(true);
  });

  it('keeps answering the same person on later messages', async () => {
    const phone = '+15550109002';
    const name = 'B'.repeat(400);
    await handled(await send({ ...whatsappText(phone, 'hi'), ProfileName: name }));
    await handled(await send({ ...whatsappText(phone, 'thank you'), ProfileName: name }));
    await eventually(async () => messagesTo(app, phone).length >= 2, 15_000, 'two replies');
  });

  it('drops control characters and line breaks from a name', async () => {
    const phone = '+15550109003';
    await handled(await send({ ...whatsappText(phone, 'hi'), ProfileName: 'Eve\u0000\u0007\nSmith' }));
    const [contact] = await sql<{ display_name: string }>(
      'select display_name from contacts where phone = ?',
      [phone],
    );
    expect(contact!.display_name).toBe('Eve Smith');
  });
});

describe('control characters in a WhatsApp message', () => {
  it('keeps and answers a message with a NUL byte in it', async () => {
    const sid = await send(whatsappText(ALICE, "what's the wifi\u0000 password?"));
    const row = await handled(sid);
    expect(row.body).toBe("what's the wifi password?");
    await eventually(
      async () => messagesTo(app, ALICE).some((m) => m.body?.includes('lisbon2026')),
      15_000,
      'the wifi answer',
    );
  });

  it('stores a message with an unpaired surrogate and control characters in other fields', async () => {
    const sid = await send({
      ...whatsappText(ALICE, 'hello \uD83D there'),
      ProfileName: 'Alice\u0000',
      SomethingElse: 'x\u0000y',
    });
    const row = await handled(sid);
    expect(row.body).toBe('hello \uFFFD there');
    expect((row.payload.raw as Record<string, string>).SomethingElse).toBe('xy');
  });
});

describe('control characters in a status callback', () => {
  it('records a failure whose ErrorCode holds a NUL byte and 300 characters', async () => {
    const phone = '+15550109004';
    await handled(await send(whatsappText(phone, 'hi')));
    const reply = await eventually(async () => messagesTo(app, phone)[0], 15_000, 'a reply');
    const res = await postTwilio(app.baseUrl, '/webhooks/twilio/status', {
      MessageSid: reply.sid,
      MessageStatus: 'failed',
      ErrorCode: `63016\u0000${'9'.repeat(300)}`,
    });
    expect(res.status).toBe(204);
    const [row] = await sql<{ status: string; error_code: string }>(
      'select status, error_code from messages where provider_message_id = ?',
      [reply.sid],
    );
    expect(row).toEqual({ status: 'failed', error_code: `63016${'9'.repeat(27)}` });
  });
});
