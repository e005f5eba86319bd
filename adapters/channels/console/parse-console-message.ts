import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../../../core/messages.js';
import { normalizePhone } from '../../../core/normalize-phone.js';

export type ConsoleParseResult = { ok: true; message: InboundMessage } | { ok: false; error: string };

/** Lets a page retry a send (or a double click land twice) under the same provider message id. */
const CLIENT_ID = /^[A-Za-z0-9_-]{8,100}$/;
/** Button ids we send are short (`intent:agenda`, `faq:wifi`); anything huge is not a tap on one of them. */
const MAX_BUTTON_FIELD = 1000;

/**
 * Reads the page's `POST /console/api/messages` body: `{ event, from, text }` or
 * `{ event, from, button: { id, title } }`, optionally with `clientId`. Errors are written for the person
 * at the keyboard. Long text passes: the core truncates it and says so.
 */
export function parseConsoleMessage(body: unknown, receivedAt: Date): ConsoleParseResult {
  if (!isRecord(body))
    return fail('Send a JSON object like {"event": "…", "from": "+15550100101", "text": "hi"}.');
  const eventId = stringField(body, 'event')?.trim();
  if (!eventId) return fail('Choose an event first ("event" is missing).');
  const rawFrom = stringField(body, 'from');
  if (!rawFrom?.trim()) return fail('Choose who you are, or type a phone number ("from" is missing).');
  const from = normalizePhone(rawFrom);
  if (!from)
    return fail(
      `"${rawFrom.slice(0, 40)}" is not a phone number. Use international format, e.g. +15550100101.`,
    );
  const clientId = body.clientId;
  if (clientId !== undefined && (typeof clientId !== 'string' || !CLIENT_ID.test(clientId))) {
    return fail('"clientId" must be 8–100 letters, digits, dashes or underscores.');
  }
  const envelope = {
    channel: 'console' as const,
    providerMessageId: clientId ?? randomUUID(),
    from,
    eventId,
    receivedAt,
    raw: body,
  };

  if (body.button !== undefined) {
    const button = body.button;
    const id = isRecord(button) ? stringField(button, 'id') : undefined;
    if (!isRecord(button) || !id?.trim() || id.length > MAX_BUTTON_FIELD) {
      return fail('"button" must be an object like {"id": "intent:agenda", "title": "Agenda"}.');
    }
    const title = stringField(button, 'title')?.slice(0, MAX_BUTTON_FIELD);
    return {
      ok: true,
      message: { ...envelope, kind: 'button', payload: id, text: title?.trim() ? title : id },
    };
  }
  const text = body.text;
  if (text !== undefined && typeof text !== 'string') return fail('"text" must be a string.');
  if (!text?.trim()) return fail('Type a message first — empty messages are not sent.');
  return { ok: true, message: { ...envelope, kind: 'text', text } };
}

const fail = (error: string): ConsoleParseResult => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}
