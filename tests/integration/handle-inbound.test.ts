import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitInbound } from '../../bots/submit-inbound.js';
import type { InboundMessage } from '../../core/messages.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const text = (from: string, body: string, extra: { eventId?: string } = {}): InboundMessage => ({
  kind: 'text',
  channel: 'whatsapp',
  providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
  from,
  text: body,
  receivedAt: new Date(),
  raw: {},
  ...extra,
});

async function store(message: InboundMessage): Promise<string> {
  return (await submitInbound(app.deps, message)).messageId;
}

const repliesTo = (address: string) =>
  sql<{ body: string; intent: string | null }>(
    `select body, intent from messages where direction = 'out' and address = ? order by created_at`,
    [address],
  );

describe('handleInbound', () => {
  it('says no event is running when the message is about an event that does not exist, and marks it handled', async () => {
    const phone = '+15550100201';
    const id = await store(text(phone, 'hello', { eventId: 'no-such-event' }));
    const { outboxIds } = await handleInbound(app.deps.pipeline, id);
    expect(outboxIds).toHaveLength(1);
    expect((await repliesTo(phone)).map((r) => r.body)).toEqual([
      "Hi! There's no event running on this number right now, so I can't help yet. Please check back later.",
    ]);
    const [row] = await sql<{
      status: string;
      handled: boolean;
      has_contact: boolean;
      intent: string | null;
    }>(
      `select status, handled_at is not null as handled, contact_id is not null as has_contact, intent
         from messages where id = ?`,
      [id],
    );
    expect(row).toEqual({ status: 'handled', handled: true, has_contact: true, intent: null });
  });

  it('handles a message once: running it again answers nothing', async () => {
    const phone = '+15550100202';
    const id = await store(text(phone, 'hi'));
    expect((await handleInbound(app.deps.pipeline, id)).outboxIds.length).toBeGreaterThan(0);
    const answered = (await repliesTo(phone)).length;
    expect(await handleInbound(app.deps.pipeline, id)).toEqual({ outboxIds: [], followUps: [] });
    expect(await repliesTo(phone)).toHaveLength(answered);
  });

  it('handles a message once when several handlers take it at the same moment (the sender lock, then the row)', async () => {
    const phone = '+15550100290';
    const id = await store(text(phone, 'thanks!'));
    // All five read the message unhandled before any transaction opens; the sender's lock and the row lock
    // are one statement, which must still see the mark a handler committed while the others waited.
    const results = await Promise.all(Array.from({ length: 5 }, () => handleInbound(app.deps.pipeline, id)));
    expect(results.filter((r) => r.outboxIds.length > 0)).toHaveLength(1);
    const replies = await repliesTo(phone);
    expect(replies).toHaveLength(results.find((r) => r.outboxIds.length > 0)!.outboxIds.length);
  });

  it('records START as an opt-in (not an intent of the NLU) on the message, its reply and the conversation', async () => {
    const phone = '+15550100203';
    await handleInbound(app.deps.pipeline, await store(text(phone, 'STOP')));
    const id = await store(text(phone, 'START'));
    await handleInbound(app.deps.pipeline, id);
    const [message] = await sql<{ intent: string }>('select intent from messages where id = ?', [id]);
    expect(message?.intent).toBe('opt_in');
    expect((await repliesTo(phone)).map((r) => r.intent)).toEqual(['opt_out', 'opt_in']);
    const [conversation] = await sql<{ last_intent: string }>(
      `select c.last_intent from conversations c join contacts k on k.id = c.contact_id where k.phone = ?`,
      [phone],
    );
    expect(conversation?.last_intent).toBe('opt_in');
  });

  it('refuses a stored message it cannot read instead of answering it as something else', async () => {
    const phone = '+15550100204';
    const id = await store(text(phone, 'hello'));
    await sql(`update messages set payload = '{"kind":"sticker"}'::jsonb where id = ?`, [id]);
    await expect(handleInbound(app.deps.pipeline, id)).rejects.toThrow(/cannot read/);
    expect(await repliesTo(phone)).toEqual([]);
    const [row] = await sql<{ handled: boolean }>(
      'select handled_at is not null as handled from messages where id = ?',
      [id],
    );
    expect(row?.handled).toBe(false);
  });
});
