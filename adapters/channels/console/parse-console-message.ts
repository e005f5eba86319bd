import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../../../core/messages.js';
import { type ConsoleIdentities, consoleAddress } from './console-identity.js';

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
export function parseConsoleMessage(
  body: unknown,
  receivedAt: Date,
  identities: ConsoleIdentities,
): ConsoleParseResult {
  if (!isRecord(body))
    return fail('Send a JSON object like {"event": "…", "from": "+15550100101", "text": "hi"}.');
  const parsed = parseEnvelope(body, receivedAt, identities);
  if (!parsed.ok) return parsed;
  const { envelope } = parsed;

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

type Envelope = Omit<Extract<InboundMessage, { kind: 'text' }>, 'kind' | 'text'>;

/** Who sends, about which event, under which id: shared by messages and uploads. */
function parseEnvelope(
  fields: Record<string, unknown>,
  receivedAt: Date,
  identities: ConsoleIdentities,
): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  const eventId = stringField(fields, 'event')?.trim();
  if (!eventId) return fail('Choose an event first ("event" is missing).');
  const rawFrom = stringField(fields, 'from');
  if (!rawFrom?.trim()) return fail('Choose who you are, or type a phone number ("from" is missing).');
  const address = consoleAddress(rawFrom, identities);
  if (!address.ok) return fail(address.error);
  const from = address.address;
  const clientId = fields.clientId;
  if (clientId !== undefined && (typeof clientId !== 'string' || !CLIENT_ID.test(clientId))) {
    return fail('"clientId" must be 8–100 letters, digits, dashes or underscores.');
  }
  return {
    ok: true,
    envelope: {
      channel: 'console',
      providerMessageId: clientId ?? randomUUID(),
      from,
      eventId,
      receivedAt,
      raw: fields,
    },
  };
}

/** WhatsApp's limit for photos and voice notes; the worker refuses larger media too. */
export const CONSOLE_MEDIA_MAX_BYTES = 16 * 1024 * 1024;

/**
 * What the pipeline can read: photos the face engine decodes (sharp: JPEG, PNG, WebP) and audio ffmpeg
 * decodes (WhatsApp's OGG/Opus, browsers' WebM and MP4 recordings, MP3, WAV, AMR …).
 */
const MEDIA_TYPES: Record<string, 'image' | 'audio'> = Object.fromEntries([
  ...['image/jpeg', 'image/png', 'image/webp'].map((type) => [type, 'image'] as const),
  ...[
    'audio/ogg',
    'audio/opus',
    'audio/webm',
    'audio/mpeg',
    'audio/mp3',
    'audio/mp4',
    'audio/m4a',
    'audio/x-m4a',
    'audio/aac',
    'audio/amr',
    'audio/wav',
    'audio/x-wav',
    'audio/wave',
    'audio/flac',
  ].map((type) => [type, 'audio'] as const),
]);

export type ConsoleUploadResult =
  | { ok: true; kind: 'image' | 'audio'; contentType: string; envelope: Envelope }
  | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * Reads `POST /console/api/media?event=…&from=…[&clientId=…]` whose body is the file itself, typed by its
 * Content-Type. Errors are written for the person at the keyboard.
 */
export function parseConsoleUpload(
  query: Record<string, unknown>,
  upload: { contentType: string | undefined; bytes: number },
  receivedAt: Date,
  identities: ConsoleIdentities,
): ConsoleUploadResult {
  const contentType = (upload.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = MEDIA_TYPES[contentType];
  if (!kind) {
    const what = contentType.startsWith('image/') ? 'That kind of picture' : 'That file';
    return {
      ok: false,
      status: 415,
      error: `${what} can't be sent here. Send a photo (JPEG, PNG or WebP) or a voice note (audio).`,
    };
  }
  if (upload.bytes > CONSOLE_MEDIA_MAX_BYTES) return { ok: false, status: 413, error: TOO_BIG };
  if (upload.bytes === 0) return { ok: false, status: 400, error: 'That file is empty — nothing was sent.' };
  const parsed = parseEnvelope(query, receivedAt, identities);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  return { ok: true, kind, contentType, envelope: parsed.envelope };
}

export const TOO_BIG = 'That file is too big to send: the limit is 16 MB, as on WhatsApp.';

const fail = (error: string) => ({ ok: false, error }) as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}
