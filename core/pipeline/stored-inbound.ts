import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { prepare } from '../../db/tables.js';
import type { ChannelName, InboundMessage } from '../messages.js';
import type { VoiceFailure } from '../ports/voice-media.js';
import type { VoiceTranscript } from '../services/voice/voice-transcript.js';

const CHANNELS = ['whatsapp', 'whatsapp-web', 'console'] as const satisfies readonly ChannelName[];

const envelope = {
  channel: z.enum(CHANNELS),
  providerMessageId: z.string(),
  from: z.string(),
  profileName: z.string().optional(),
  eventId: z.string().optional(),
};

/** `messages.payload` of an inbound row: the channel-agnostic message as record-inbound.ts stored it. */
export const inboundPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('text'), text: z.string() }),
  z.object({ ...envelope, kind: z.literal('audio'), mediaUrl: z.string(), contentType: z.string() }),
  z.object({
    ...envelope,
    kind: z.literal('image'),
    mediaUrl: z.string(),
    contentType: z.string(),
    caption: z.string().optional(),
  }),
  z.object({ ...envelope, kind: z.literal('button'), payload: z.string(), text: z.string() }),
  z.object({
    ...envelope,
    kind: z.literal('unsupported'),
    contentType: z.string().optional(),
    description: z.string(),
  }),
]);

const VOICE_FAILURES = [
  'too_big',
  'too_long',
  'corrupt',
  'unsupported',
  'silence',
  'unclear',
  'download_failed',
  'language',
] as const satisfies readonly VoiceFailure[];

/** `messages.transcript` of a voice note: what was heard, or why nothing could be. */
export const voiceTranscriptSchema = z.union([
  z.object({
    text: z.string(),
    confidence: z.number(),
    provider: z.string(),
    seconds: z.number(),
    ms: z.number(),
    confirmFirst: z.enum(['money', 'data']).optional(),
  }),
  z.object({ failure: z.enum(VOICE_FAILURES), detail: z.string() }),
]) satisfies z.ZodType<VoiceTranscript>;

/** An inbound message row, read back and checked. */
export interface StoredInbound {
  id: string;
  channel: string;
  address: string;
  eventId: string | null;
  inbound: InboundMessage;
  /** The stored body: the text (cut to MAX_INBOUND_TEXT), a caption, a button title. */
  body: string;
  truncated: boolean;
  createdAt: Date;
  handledAt: Date | null;
  /** Voice notes: set by the transcription job before the message is handled. */
  transcript: VoiceTranscript | null;
}

/** Read once per message: a prepared statement over the SQL names (db/tables.ts). */
const selectStored = prepare((db, args: { id: string }) =>
  db
    .selectFrom('messages')
    .select([
      'channel',
      'address',
      'event_id as eventId',
      'body',
      'truncated',
      'payload',
      'transcript',
      'created_at as createdAt',
      'handled_at as handledAt',
    ])
    .where('id', '=', args.id)
    .where('direction', '=', 'in'),
);

/** An inbound row as read back (also by the inbound job's first look, inbound-job-check.ts). */
export type StoredRow = Awaited<ReturnType<typeof selectStored>>[number];

/** The stored inbound message `id`, parsed; null when there is none. Throws when the row does not parse. */
export async function readStoredInbound(em: EntityManager, id: string): Promise<StoredInbound | null> {
  const [row] = await selectStored(em, { id });
  return row ? parseStoredInbound(id, row) : null;
}

/** An inbound row already read (with the columns of StoredRow), parsed; throws when it does not parse. */
export function parseStoredInbound(id: string, row: StoredRow): StoredInbound {
  const createdAt = new Date(row.createdAt);
  const payload = inboundPayloadSchema.safeParse(row.payload);
  const transcript = voiceTranscriptSchema.nullable().safeParse(row.transcript);
  if (!payload.success || !transcript.success) {
    throw new Error(`inbound message ${id} is stored in a shape this version cannot read`, {
      cause: payload.error ?? transcript.error,
    });
  }
  return {
    id,
    channel: row.channel,
    address: row.address,
    eventId: row.eventId ?? null,
    inbound: { ...payload.data, receivedAt: createdAt, raw: undefined },
    body: row.body,
    truncated: row.truncated,
    createdAt,
    handledAt: row.handledAt ? new Date(row.handledAt) : null,
    transcript: transcript.data,
  };
}
