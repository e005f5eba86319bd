import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitInbound } from '../../bots/submit-inbound.js';
import { type InboundMessage, renderAsText } from '../../core/messages.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  // No workers: the transcription job's result is written by hand (as a cloud provider unsure of itself would).
  app = await startTestApp({ workers: false });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function send(message: Record<string, unknown>, transcript?: unknown): Promise<string[]> {
  const { messageId } = await submitInbound(app.deps, {
    channel: 'whatsapp',
    providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
    receivedAt: new Date(),
    raw: {},
    ...message,
  } as InboundMessage);
  if (transcript) {
    await sql('update messages set transcript = ? where id = ?', [JSON.stringify(transcript), messageId]);
  }
  const { outboxIds } = await handleInbound(app.deps.pipeline, messageId);
  const rows = await sql<{ payload: never }>(
    'select m.payload from outbox o join messages m on m.id = o.message_id where o.id in (?) order by m.created_at',
    [outboxIds],
  );
  return rows.map((r) => renderAsText(r.payload));
}

const voice = (from: string, transcript: unknown) =>
  send({ kind: 'audio', from, mediaUrl: 'https://api.twilio.com/m', contentType: 'audio/ogg' }, transcript);
const text = (from: string, body: string) => send({ kind: 'text', from, text: body });
const heard = (text: string, confidence: number) => ({
  text,
  confidence,
  provider: 'test',
  seconds: 2,
  ms: 100,
});

describe('voice notes the provider was unsure about', () => {
  it('asks before acting; "1" (Yes) then acts on what was heard', async () => {
    const phone = '+15550188101';
    const [question] = await voice(phone, heard('book two vip tickets', 0.3));
    expect(question).toContain("🎤 I heard: “book two vip tickets” — but I'm not sure I got it right.");
    expect(question).toMatch(/1\. Yes, go ahead\n2\. No, that's wrong/);
    const [summary] = await text(phone, '1');
    expect(summary).toContain('2 × VIP at €499.00 = €998.00');
  });

  it('"No" asks to say it again, and nothing is booked', async () => {
    const phone = '+15550188102';
    await voice(phone, heard('book two vip tickets', 0.3));
    const [reply] = await text(phone, "No, that's wrong");
    expect(reply).toContain('Please say it again, or type it.');
    const [pending] = await sql<{ state: { pending?: unknown } }>(
      `select c.state from conversations c join contacts k on k.id = c.contact_id where k.phone = ?`,
      [phone],
    );
    expect(pending?.state.pending).toBeUndefined();
  });

  it('a confident transcript is echoed and acted on at once', async () => {
    const replies = await voice('+15550188103', heard("what's the wi-fi password", 0.9));
    expect(replies[0]).toBe("🎤 I heard: “what's the wi-fi password”");
    expect(replies[1]).toContain('DevSummit-Guest');
  });

  it('a voice note that was never transcribed gets the "couldn\'t make that out" reply', async () => {
    const [reply] = await voice('+15550188104', undefined);
    expect(reply).toBe("I couldn't make that out — could you type it or try again?");
  });
});
