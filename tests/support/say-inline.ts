import { randomUUID } from 'node:crypto';
import { submitInbound } from '../../bots/submit-inbound.js';
import { renderAsText } from '../../core/messages.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import type { TestApp } from './start-test-app.js';

/**
 * Sends one WhatsApp text through the real pipeline, handled inline (no workers), and returns the replies as
 * the person would read them on Twilio, in order.
 */
export async function sayInline(app: TestApp, from: string, text: string): Promise<string[]> {
  const { messageId } = await submitInbound(app.deps, {
    kind: 'text',
    channel: 'whatsapp',
    providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
    from,
    text,
    receivedAt: new Date(),
    raw: {},
  });
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
