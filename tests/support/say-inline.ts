import { randomUUID } from 'node:crypto';
import { submitInbound } from '../../bots/submit-inbound.js';
import type { InboundMessage } from '../../core/messages.js';
import { renderAsText } from '../../core/messages.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import type { TestApp } from './start-test-app.js';

/**
 * Sends one WhatsApp text through the real pipeline, handled inline (no workers), and returns the replies as
 * the person would read them on Twilio, in order.
 */
export function sayInline(app: TestApp, from: string, text: string): Promise<string[]> {
  return handleInline(app, { kind: 'text', from, text });
}

/** A button tap (the console lets a page send any payload), handled inline; the replies as text. */
export function tapInline(app: TestApp, from: string, payload: string): Promise<string[]> {
  return handleInline(app, { kind: 'button', from, payload, text: 'tap' });
}

async function handleInline(
  app: TestApp,
  message:
    | { kind: 'text'; from: string; text: string }
    | { kind: 'button'; from: string; payload: string; text: string },
): Promise<string[]> {
  const { messageId } = await submitInbound(app.deps, {
    ...message,
    channel: 'whatsapp',
    providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
    receivedAt: new Date(),
    raw: {},
  } as InboundMessage);
  const { outboxIds } = await handleInbound(app.deps.pipeline, messageId);
  if (outboxIds.length === 0) return [];
  const rows = await app.deps.db.em
    .fork()
    .execute<{ payload: never }[]>(
      'select m.payload from outbox o join messages m on m.id = o.message_id where o.id in (?) order by m.created_at',
      [outboxIds],
    );
  return rows.map((r) => renderAsText(r.payload));
}
