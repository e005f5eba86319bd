import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { type FaceAnalysis, type FaceEngine, FaceImageError } from '../../ports/faces.js';
import { type MediaDownloader, VoiceMediaError } from '../../ports/voice-media.js';
import { resolveSenderEventId } from '../events/load-event.js';

export interface SelfieDeps {
  em: EntityManager;
  downloader: MediaDownloader;
  engine: FaceEngine;
  clock: () => Date;
  defaultEventId?: string;
  /** WhatsApp media are at most 16 MB; anything larger is refused before it is read. */
  maxBytes?: number;
  onError?: (error: unknown, messageId: string) => void;
}

/**
 * What the face engine made of a photo, handed to the pipeline in memory only (never stored: the photo and
 * the descriptor live as long as this job):
 * - `not_analysed`: the sender has not agreed to selfie check-in, so their face was not processed at all;
 * - `unreadable`: not a picture we can open, too big, or the download failed;
 * - `analysed`: the faces found.
 */
export type SelfieReading =
  | { status: 'not_analysed' }
  | { status: 'unreadable'; reason: 'not_an_image' | 'too_big' | 'download_failed' }
  | { status: 'analysed'; analysis: FaceAnalysis; ms: number };

export const SELFIE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads an inbound photo before it is handled (outside any transaction): when its sender has consented to
 * selfie check-in for the event, download it (the channel's credentials) and find the faces. Null for other
 * messages and for messages already handled. Transient download errors are thrown for the job to retry unless
 * `finalAttempt`, when the person gets "couldn't download" instead.
 */
export async function readSelfie(
  deps: SelfieDeps,
  messageId: string,
  opts: { finalAttempt?: boolean } = {},
): Promise<SelfieReading | null> {
  const em = deps.em.fork();
  const stored = await kysely(em)
    .selectFrom('Message')
    .select(['address', 'eventId', 'kind', 'payload', 'handledAt'])
    .where('id', '=', messageId)
    .where('direction', '=', 'in')
    .executeTakeFirst();
  if (stored?.kind !== 'image' || stored.handledAt) return null;
  if (!(await hasConsented(deps, em, stored))) return { status: 'not_analysed' };
  const mediaUrl = mediaUrlOf(stored.payload);
  if (!mediaUrl) return { status: 'unreadable', reason: 'download_failed' };
  try {
    const started = performance.now();
    const media = await deps.downloader.download(mediaUrl, {
      maxBytes: deps.maxBytes ?? SELFIE_MAX_BYTES,
    });
    const analysis = await deps.engine.analyse(media.data);
    return { status: 'analysed', analysis, ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof FaceImageError) return { status: 'unreadable', reason: 'not_an_image' };
    if (error instanceof VoiceMediaError) {
      return { status: 'unreadable', reason: error.reason === 'too_big' ? 'too_big' : 'download_failed' };
    }
    if (!opts.finalAttempt) throw error;
    deps.onError?.(error, messageId);
    return { status: 'unreadable', reason: 'download_failed' };
  }
}

/** The stored photo's media URL (the channel-agnostic image message keeps it in its payload). */
function mediaUrlOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('mediaUrl' in payload)) return null;
  return typeof payload.mediaUrl === 'string' && payload.mediaUrl ? payload.mediaUrl : null;
}

/** Consent first: without a standing Yes for this event, nobody's face is analysed. */
async function hasConsented(
  deps: SelfieDeps,
  em: EntityManager,
  stored: { address: string; eventId?: string | null },
): Promise<boolean> {
  const eventId = await resolveSenderEventId(em, {
    address: stored.address,
    eventId: stored.eventId ?? null,
    defaultEventId: deps.defaultEventId,
    now: deps.clock(),
  });
  if (!eventId) return false;
  const consent = await kysely(em)
    .selectFrom('FacialRecognitionData as f')
    .innerJoin('Contact as c', 'c.id', 'f.contact')
    .select(['f.consentGiven', 'f.consentWithdrawnAt'])
    .where('c.phone', '=', stored.address)
    .where('f.event', '=', eventId)
    .executeTakeFirst();
  return consent?.consentGiven === true && consent.consentWithdrawnAt == null;
}
