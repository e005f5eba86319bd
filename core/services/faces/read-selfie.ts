import type { EntityManager } from '@mikro-orm/postgresql';
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

interface StoredPhoto {
  address: string;
  event_id: string | null;
  kind: string;
  payload: { mediaUrl?: string };
  handled_at: Date | null;
}

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
  const [stored] = await em.execute<StoredPhoto[]>(
    `select address, event_id, kind, payload, handled_at from messages where id = ? and direction = 'in'`,
    [messageId],
  );
  if (stored?.kind !== 'image' || stored.handled_at) return null;
  if (!(await hasConsented(deps, em, stored))) return { status: 'not_analysed' };
  if (!stored.payload.mediaUrl) return { status: 'unreadable', reason: 'download_failed' };
  try {
    const started = performance.now();
    const media = await deps.downloader.download(stored.payload.mediaUrl, {
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

/** Consent first: without a standing Yes for this event, nobody's face is analysed. */
async function hasConsented(deps: SelfieDeps, em: EntityManager, stored: StoredPhoto): Promise<boolean> {
  const eventId = await resolveSenderEventId(em, {
    address: stored.address,
    eventId: stored.event_id,
    defaultEventId: deps.defaultEventId,
    now: deps.clock(),
  });
  if (!eventId) return false;
  const [row] = await em.execute<{ ok: boolean }[]>(
    `select f.consent_given and f.consent_withdrawn_at is null as ok
       from facial_recognition_data f join contacts c on c.id = f.contact_id
      where c.phone = ? and f.event_id = ?`,
    [stored.address, eventId],
  );
  return row?.ok === true;
}
