import { DelayedError, type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { findInboundMedia } from '../core/pipeline/find-inbound-media.js';
import { handleInbound, type PipelineDeps } from '../core/pipeline/handle-inbound.js';
import { hasEarlierUnhandled } from '../core/pipeline/has-earlier-unhandled.js';
import type { MediaDownloader } from '../core/ports/voice-media.js';
import type { FollowUp } from '../core/router/skill.js';
import { readSelfie, type SelfieDeps } from '../core/services/faces/read-selfie.js';
import { transcribeVoiceNote, type VoiceDeps } from '../core/services/voice/transcribe-voice-note.js';
import { enqueueDeliveries, inboundPayload, JOB_ATTEMPTS, QUEUE_NAMES, type Queues } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

const EARLIER_MESSAGE_RECHECK_MS = 250;

/** Handles one stored inbound message (after any earlier one from the same sender), then queues its replies. */
export function startInboundWorker(opts: {
  connection: Redis;
  prefix: string;
  pipeline: PipelineDeps;
  queues: Queues;
  /** Queues the background work skills asked for (e.g. offering freed seats to the waiting list). */
  dispatchFollowUps: (followUps: FollowUp[]) => Promise<void>;
  /** Voice notes are transcribed here, before handling and outside its transaction. */
  voice?: VoiceDeps;
  /**
   * Photos are read here too (download + face analysis), before handling and outside its transaction. The
   * result goes to the pipeline in memory only; the engine analyses one photo at a time per process, so
   * however many inbound jobs run, memory holds one decoded photo.
   */
  selfies?: SelfieDeps;
  /** The shared media downloader: media held only for us (console uploads) are discarded once handled. */
  media?: MediaDownloader;
  concurrency?: number;
  onError?: (error: unknown) => void;
}): Worker {
  return new Worker(
    QUEUE_NAMES.inbound,
    async (job: Job, token?: string) => {
      const { messageId } = inboundPayload.parse(job.data);
      if (await hasEarlierUnhandled(opts.pipeline.em.fork(), messageId)) {
        // Not a failure: look again shortly, without using up an attempt.
        await job.moveToDelayed(Date.now() + EARLIER_MESSAGE_RECHECK_MS, token);
        throw new DelayedError();
      }
      const finalAttempt = job.attemptsMade + 1 >= JOB_ATTEMPTS;
      const media = await findInboundMedia(opts.pipeline.em.fork(), messageId);
      if (opts.voice && media?.kind === 'audio') {
        await transcribeVoiceNote(opts.voice, messageId, { finalAttempt });
      }
      const selfie =
        opts.selfies && media?.kind === 'image'
          ? await readSelfie(opts.selfies, messageId, { finalAttempt })
          : null;
      const { outboxIds, followUps } = await handleInbound(opts.pipeline, messageId, { selfie });
      // Once handled, media held only for us (console uploads) are dropped: a console photo from someone who
      // has not agreed to selfie check-in is never downloaded, and must not wait out its TTL. A no-op for
      // channels whose provider keeps the media (no `discard`). Best effort, not worth a retry: whatever is
      // left expires with its TTL (minutes) anyway.
      if (media?.url && opts.media?.discard) await opts.media.discard(media.url).catch(() => {});
      // The replies are committed; if Redis hiccups here the sweeper delivers them later.
      await enqueueDeliveries(opts.queues, outboxIds).catch(opts.onError ?? (() => {}));
      if (followUps.length > 0) await opts.dispatchFollowUps(followUps).catch(opts.onError ?? (() => {}));
      return { replies: outboxIds.length };
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 8,
      ...WORKER_SETTINGS,
    },
  );
}
