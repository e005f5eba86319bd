import type { OutboundMessage } from '../../../core/messages.js';
import { e164ToChatId } from './addresses.js';
import type { WebClient } from './client-surface.js';
import { renderWebMessage } from './render.js';

/** How far back a chat's own messages are read: a crashed gateway had at most one send in flight per chat. */
const HISTORY_LIMIT = 30;

/**
 * Whether WhatsApp already has this message in the chat, sent by us since `since`: the answer for a send that
 * was cut off by a crash after WhatsApp took it but before we recorded it (WhatsApp Web has no idempotency
 * key). The phone's chat history survives the gateway, so it is the one witness. Returns the message id.
 */
export async function findSentInHistory(
  client: WebClient,
  to: string,
  message: OutboundMessage,
  since: Date,
): Promise<string | undefined> {
  const content = renderWebMessage(message);
  const chat = await client.getChatById(e164ToChatId(to));
  const history = await chat.fetchMessages({ limit: HISTORY_LIMIT, fromMe: true });
  const body = content.kind === 'text' ? content.text : (content.caption ?? '');
  const type = content.kind === 'text' ? 'chat' : 'image';
  const after = Math.floor(since.getTime() / 1000);
  return history.find((m) => m.fromMe && m.type === type && m.body === body && m.timestamp >= after)?.id
    ._serialized;
}
