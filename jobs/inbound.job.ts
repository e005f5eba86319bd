import { DelayedError } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { handleInbound, type PipelineDeps } from '../core/pipeline/handle-inbound.js';
import { closeFailedInbound, noteInboundRetry } from '../core/pipeline/inbound-failures.js';
import { checkInboundJob, type InboundMedia } from '../core/pipeline/inbound-job-check.js';
import type { StoredRow } from '../core/pipeline/stored-inbound.js';
import type { MediaDownloader } from '../core/ports/voice-media.js';
import type { FollowUp } from '../core/router/skill.js';
import type { EventInfo } from '../core/services/events/load-event.js';
import { readSelfie, type SelfieDeps } from '../core/services/faces/read-selfie.js';
import type { DeliveryDeps } from '../core/services/outbox/deliver-outbox-row.js';
import { transcribeVoiceNote, type VoiceDeps } from '../core/services/voice/transcribe-voice-note.js';
import { JOB_ATTEMPTS, KEEP_FINISHED_ID, type Queues } from './create-queues.js';
import { defineJob, startJobWorker } from './define-job.js';
import { deliverReplies } from './deliver-replies.js';
import { enqueueDeliveries } from './delivery.job.js';

const EARLIER_MESSAGE_RECHECK_MS = 250;

/**
 * Inbound jobs one worker process runs at once (INBOUND_CONCURRENCY overrides). Each job now also sends its
 * reply, so 16 keeps as many messages in flight as the old 8 inbound + 8 delivery jobs. More starved the
 * shared Postgres pool (10 connections) in `bench faults`: after the Postgres restart 32 jobs held the pool
 * and the webhook's insert missed its 8 s deadline (503) for over a minute. A dedicated worker process with
 * a real provider (~0.2 s per send) keeps a core busy only near 30 (Little's law, docs/scaling.md): raise it
 * there, not where the server shares the pool.
 */
export const INBOUND_CONCURRENCY = 16;

export interface InboundJobDeps {
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
  /**
   * Given, the reply is sent by this job as soon as it is committed (deliver-replies.ts) instead of by a
   * delivery job of its own; without it (or for a channel this process cannot send on) it is queued.
   */
  delivery?: DeliveryDeps;
  /** Told what each message was handled as, once it is committed (monitoring: understanding fallbacks). */
  onHandled?: (handledAs: string | null) => void;
  /** One line per handled message: its id, what it was handled as, its replies sent here or queued. */
  log?: (line: { messageId: string; handledAs: string | null; sent: number; queued: number }) => void;
  onError?: (error: unknown) => void;
}

/** Handles one stored inbound message (after any earlier one from the same sender), then queues its replies. */
export const inboundJob = defineJob({
  name: 'inbound',
  queue: 'inbound',
  payload: z.object({ messageId: z.uuid() }),
  // The job id is the row id, so an inbound message is queued at most once at a time (and, for a while after
  // it finished, not again by a sweep that read the row just before: KEEP_FINISHED_ID).
  options: ({ messageId }) => ({ jobId: messageId, removeOnComplete: KEEP_FINISHED_ID }),
  async process(deps: InboundJobDeps, { messageId }, job, token) {
    const { earlierUnhandled, media, channel, row, event } = await checkInboundJob(
      deps.pipeline.em.fork(),
      messageId,
      { defaultEventId: deps.pipeline.defaultEventId, now: deps.pipeline.clock() },
    );
    if (earlierUnhandled) {
      // Not a failure: look again shortly, without using up an attempt.
      await job.moveToDelayed(Date.now() + EARLIER_MESSAGE_RECHECK_MS, token);
      throw new DelayedError();
    }
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
    try {
      return await handleOnce(deps, messageId, { media, channel, row, event }, finalAttempt);
    } catch (error) {
      // A poison message: closed as failed with a reply on its last attempt, so it never blocks the sender's
      // later messages nor comes back through the sweeper. If Postgres itself is down this fails too and
      // the row waits, unhandled, for the sweeper once it is back.
      const em = deps.pipeline.em.fork();
      if (!finalAttempt) {
        await noteInboundRetry(em, messageId, error).catch(() => {});
        throw error;
      }
      const outboxIds = await closeFailedInbound(em, messageId, error);
      await enqueueDeliveries(deps.queues, outboxIds, channel ?? undefined, { inReplyTo: messageId }).catch(
        deps.onError ?? (() => {}),
      );
      throw error;
    }
  },
});

async function handleOnce(
  deps: InboundJobDeps,
  messageId: string,
  {
    media,
    channel,
    row,
    event,
  }: { media: InboundMedia | null; channel: string | null; row: StoredRow | null; event: EventInfo | null },
  finalAttempt: boolean,
) {
  if (deps.voice && media?.kind === 'audio') {
    await transcribeVoiceNote(deps.voice, messageId, { finalAttempt });
  }
  const selfie =
    deps.selfies && media?.kind === 'image'
      ? await readSelfie(deps.selfies, messageId, { finalAttempt })
      : null;
  // A voice note's row changed (its transcript) since the first look: only other messages reuse that read.
  const unchanged = media?.kind === 'audio' ? null : row;
  const { outboxIds, followUps, handledAs } = await handleInbound(deps.pipeline, messageId, {
    selfie,
    event,
    ...(unchanged ? { row: unchanged } : {}),
  });
  if (handledAs !== undefined) deps.onHandled?.(handledAs);
  // Once handled, media held only for us (console uploads) are dropped: a console photo from someone who
  // has not agreed to selfie check-in is never downloaded, and must not wait out its TTL. A no-op for
  // channels whose provider keeps the media (no `discard`). Best effort, not worth a retry: whatever is
  // left expires with its TTL (minutes) anyway.
  if (media?.url && deps.media?.discard) await deps.media.discard(media.url).catch(() => {});
  // The replies are committed: from here nothing may fail the job (it would count as a failed attempt of a
  // handled message). Follow-ups are queued first, so a slow provider send does not delay them (a hot-lead
  // card, a handoff thread); the messages they send go to other people or come later anyway.
  if (followUps.length > 0) await deps.dispatchFollowUps(followUps).catch(deps.onError ?? (() => {}));
  const delivered = await deliverReplies(deps, {
    inReplyTo: messageId,
    outboxIds,
    channel: channel ?? undefined,
  });
  deps.log?.({ messageId, handledAs: handledAs ?? null, ...delivered });
  return { replies: outboxIds.length };
}

export const enqueueInbound = (queues: Queues, messageId: string) =>
  inboundJob.enqueue(queues, { messageId });

export function startInboundWorker(
  opts: InboundJobDeps & { connection: Redis; prefix: string; concurrency?: number },
) {
  const { connection, prefix, concurrency, ...deps } = opts;
  return startJobWorker({
    queue: 'inbound',
    jobs: [inboundJob],
    deps,
    connection,
    prefix,
    concurrency: concurrency ?? INBOUND_CONCURRENCY,
  });
}
