import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { understandText } from '../../nlu/local-understanding.js';
import type { SpeechToText } from '../../ports/speech-to-text.js';
import { type AudioDecoder, type MediaDownloader, VoiceMediaError } from '../../ports/voice-media.js';
import type { CatalogCache } from '../events/catalog-cache.js';
import { loadEventInfo, resolveSenderEventId } from '../events/load-event.js';
import { chooseReading } from './choose-reading.js';
import { pendingQuestion } from './pending-question.js';
import { sensitiveStep } from './sensitive-step.js';
import {
  audioLevel,
  SILENCE_LEVEL,
  VOICE_LIMITS,
  VOICE_SENSITIVE_CONFIDENCE,
  VOICE_UNCLEAR_CONFIDENCE,
  type VoiceTranscript,
} from './voice-transcript.js';

export interface VoiceDeps {
  em: EntityManager;
  downloader: MediaDownloader;
  decoder: AudioDecoder;
  speech: SpeechToText;
  catalogs: CatalogCache;
  clock: () => Date;
  defaultEventId?: string;
  limits?: { maxBytes: number; maxSeconds: number };
  onError?: (error: unknown, messageId: string) => void;
}

/** The stored inbound message: what a voice note needs to be transcribed. */
function findStoredAudio(em: EntityManager, messageId: string) {
  return kysely(em)
    .selectFrom('Message')
    .select(['address', 'eventId', 'kind', 'payload', 'transcript', 'handledAt'])
    .where('id', '=', messageId)
    .where('direction', '=', 'in')
    .executeTakeFirst();
}

type StoredAudio = NonNullable<Awaited<ReturnType<typeof findStoredAudio>>>;

/** An inbound audio message's payload carries the channel's media URL (see the channel adapters' parse). */
function mediaUrlOf(payload: unknown): string | null {
  const url = (payload as { mediaUrl?: unknown } | null)?.mediaUrl;
  return typeof url === 'string' && url !== '' ? url : null;
}

/**
 * Transcribes an inbound voice note before it is handled: download (with the channel's credentials), decode to
 * 16 kHz mono WAV, reject silence, recognise with the event's vocabulary, and store the transcript (or the
 * reason there is none) on the message row. Runs outside any transaction; a no-op for other messages and
 * for notes already transcribed. Transient download errors are thrown for the job to retry unless
 * `finalAttempt`, when they are stored as a failure so the person still gets an answer.
 */
export async function transcribeVoiceNote(
  deps: VoiceDeps,
  messageId: string,
  opts: { finalAttempt?: boolean } = {},
): Promise<VoiceTranscript | null> {
  const em = deps.em.fork();
  const stored = await findStoredAudio(em, messageId);
  if (stored?.kind !== 'audio' || stored.transcript || stored.handledAt) return null;
  const limits = deps.limits ?? VOICE_LIMITS;
  const transcript = await recognise(deps, em, stored, limits).catch((error: unknown) => {
    if (error instanceof VoiceMediaError) return { failure: error.reason, detail: error.message };
    if (!opts.finalAttempt && !(error instanceof SpeechError)) throw error;
    deps.onError?.(error, messageId);
    const detail = error instanceof Error ? error.message : String(error);
    return { failure: error instanceof SpeechError ? 'unclear' : 'download_failed', detail } as const;
  });
  if (!transcript) return null;
  await kysely(em)
    .updateTable('Message')
    .set({ transcript })
    .where('id', '=', messageId)
    .where('transcript', 'is', null)
    .executeTakeFirst();
  return transcript;
}

/** A recogniser failure (not the person's audio): stored as "couldn't make that out", not retried. */
class SpeechError extends Error {}

async function recognise(
  deps: VoiceDeps,
  em: EntityManager,
  stored: StoredAudio,
  limits: { maxBytes: number; maxSeconds: number },
): Promise<VoiceTranscript | null> {
  const eventId = await resolveSenderEventId(em, {
    address: stored.address,
    eventId: stored.eventId ?? null,
    defaultEventId: deps.defaultEventId,
    now: deps.clock(),
  });
  const event = eventId ? await loadEventInfo(em, eventId) : null;
  // Without an event the pipeline answers that nothing runs on this number; nothing to recognise against.
  if (!event) return null;
  const catalog = await deps.catalogs.get(em, event);
  const mediaUrl = mediaUrlOf(stored.payload);
  if (!mediaUrl) return { failure: 'download_failed', detail: 'no media url' };

  // The attendee's language picks the recogniser's; one the recogniser cannot hear gets "please type it" in it.
  const language = (await contactLanguage(em, stored.address)) ?? undefined;
  if (language && deps.speech.languages && !deps.speech.languages.includes(language))
    return { failure: 'language', detail: `${deps.speech.name} cannot hear ${language}` };

  const started = performance.now();
  const media = await deps.downloader.download(mediaUrl, { maxBytes: limits.maxBytes });
  const { wav, seconds } = await deps.decoder.toWav(media.data, { maxSeconds: limits.maxSeconds });
  if (audioLevel(wav) < SILENCE_LEVEL)
    return { failure: 'silence', detail: 'no sound above the noise floor' };
  // A pending question (yes/no, how many) makes its answers the likelier readings.
  const question = await pendingQuestion(em, stored.address, event.id);
  let heard: ReturnType<typeof chooseReading>;
  try {
    // Of the readings the recogniser offers, the one understanding makes most sense of (choose-reading.ts).
    const now = deps.clock();
    heard = chooseReading(
      await deps.speech.transcribe(wav, { catalog, ...(language ? { language } : {}) }),
      (text) => understandText(text, catalog, now),
      question.expecting,
    );
  } catch (error) {
    throw new SpeechError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const ms = Math.round(performance.now() - started);
  if (!heard.text.trim()) return { failure: 'unclear', detail: 'nothing recognisable' };
  if (heard.confidence < VOICE_UNCLEAR_CONFIDENCE)
    return {
      failure: 'unclear',
      detail: `heard "${heard.text.trim()}" at confidence ${heard.confidence.toFixed(2)}`,
    };
  const step = sensitiveStep(heard.meaning, question.pending);
  const confirmFirst = step && heard.confidence < VOICE_SENSITIVE_CONFIDENCE ? { confirmFirst: step } : {};
  return {
    text: heard.text.trim(),
    confidence: heard.confidence,
    provider: deps.speech.name,
    seconds,
    ms,
    ...confirmFirst,
  };
}

/** The language remembered on the contact (asked for or detected), if any. */
async function contactLanguage(em: EntityManager, address: string): Promise<string | null> {
  const row = await kysely(em)
    .selectFrom('Contact')
    .select('language')
    .where('phone', '=', address)
    .executeTakeFirst();
  return row?.language ?? null;
}
