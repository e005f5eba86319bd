import type { EntityManager } from '@mikro-orm/postgresql';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createOrganizerCommands } from '../core/commands/index.js';
import { runQueuedCommand } from '../core/commands/run-queued-command.js';
import type { Embedder } from '../core/ports/embedder.js';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import type { SalesChart } from '../core/ports/sales-chart.js';
import {
  broadcastProgressNote,
  handoffRootNote,
  relayNote,
  resolvedRootNote,
} from '../core/replies/organizer-notes.js';
import { embedFaq } from '../core/services/faq-library/embed-faq.js';
import { attachSlackThread } from '../core/services/handoffs/attach-slack-thread.js';
import { loadHandoffSummary } from '../core/services/handoffs/load-handoff-summary.js';
import { loadRelayedMessage } from '../core/services/handoffs/load-relayed-message.js';
import { finishCommand } from '../core/services/organizer/record-command.js';
import { salesOverTime } from '../core/services/organizer/sales-over-time.js';
import { broadcastProgress, writeBroadcast } from '../core/services/organizer/send-broadcast.js';
import { FEED_SWEEP_JOB, runFeedSweep, scheduleFeedSweep } from './feed-sweep.job.js';
import { dispatchFollowUps } from './follow-ups.js';
import {
  commandPayload,
  enqueueBroadcastProgress,
  enqueueHandoffResolved,
  enqueuePacedDeliveries,
  faqPayload,
  handoffMessagePayload,
  handoffPayload,
  ORGANIZER_JOBS,
} from './organizer-queue.js';
import { enqueueDeliveries, QUEUE_NAMES, type Queues } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export interface OrganizerJobDeps {
  em: EntityManager;
  /** Null when Slack is not configured: handoff jobs then have nowhere to post and finish as skipped. */
  chat: OrganizerChat | null;
  handoffChannel: string | null;
  /** The live feed's channel; null turns the feed off. */
  feedChannel: string | null;
  /** Draws the sales chart `/eventos stats` uploads. */
  chart: SalesChart;
  /** Embeds FAQs added or edited from Slack. */
  embedder: Embedder;
}

/**
 * The Slack side's background work: run `/eventos` commands (answered through `response_url`), post a
 * handoff's thread, relay the attendee's messages into it, mark it resolved, and sweep the live feed. Concurrency 1 keeps relayed
 * messages in their order in the thread.
 */
export async function startOrganizerWorker(opts: {
  connection: Redis;
  prefix: string;
  deps: OrganizerJobDeps;
  queues: Queues;
}): Promise<Worker> {
  const { deps, queues } = opts;
  if (deps.chat && deps.feedChannel) await scheduleFeedSweep(queues);
  return new Worker(
    QUEUE_NAMES.organizer,
    async (job: Job) => {
      switch (job.name) {
        case ORGANIZER_JOBS.command:
          return runCommandJob(deps, queues, commandPayload.parse(job.data).commandId);
        case ORGANIZER_JOBS.handoffOpened:
          return postHandoffThread(deps, handoffPayload.parse(job.data).handoffId);
        case ORGANIZER_JOBS.handoffMessage: {
          const { handoffId, messageId } = handoffMessagePayload.parse(job.data);
          return relayToThread(deps, handoffId, messageId);
        }
        case ORGANIZER_JOBS.handoffResolved:
          return markThreadResolved(deps, handoffPayload.parse(job.data).handoffId);
        case ORGANIZER_JOBS.broadcastSend:
          return sendBroadcast(deps, queues, commandPayload.parse(job.data).commandId);
        case ORGANIZER_JOBS.broadcastProgress:
          return reportBroadcast(deps, queues, commandPayload.parse(job.data).commandId);
        case ORGANIZER_JOBS.faqEmbed:
          return {
            embedded: await embedFaq(deps.em.fork(), deps.embedder, faqPayload.parse(job.data).faqId),
          };
        case FEED_SWEEP_JOB:
          if (!deps.chat || !deps.feedChannel) return { skipped: 'no feed channel' };
          return runFeedSweep({ em: deps.em, chat: deps.chat, feedChannel: deps.feedChannel });
        default:
          throw new UnrecoverableError(`unknown organizer job ${job.name}`);
      }
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: 1, ...WORKER_SETTINGS },
  );
}

async function runCommandJob(deps: OrganizerJobDeps, queues: Queues, commandId: string) {
  const em = deps.em.fork();
  const ran = await runQueuedCommand(em, createOrganizerCommands(), commandId, new Date());
  if (!ran) return { skipped: 'already done' };
  const { stored, reply: outcome } = ran;
  await finishCommand(em, commandId, 'done');
  // After commit: offers for raised capacity, "the bot is back" messages, resolved threads.
  await dispatchFollowUps(queues, outcome.followUps);
  await enqueueDeliveries(queues, outcome.outboxIds).catch(() => {});
  for (const handoffId of outcome.resolvedHandoffs) await enqueueHandoffResolved(queues, handoffId);
  if (stored.responseUrl && deps.chat && outcome.note)
    await deps.chat.respond(stored.responseUrl, outcome.note);
  if (stored.command === 'stats' && deps.chat && stored.slackChannelId) {
    await uploadSalesChart(deps, deps.chat, stored.eventId, stored.slackChannelId);
  }
  return { done: stored.command };
}

/** The chart is a bonus to the numbers already posted: a failure is logged by BullMQ, not retried. */
async function uploadSalesChart(
  deps: OrganizerJobDeps,
  chat: OrganizerChat,
  eventId: string,
  channel: string,
) {
  const points = await salesOverTime(deps.em.fork(), eventId);
  if (points.length === 0) return;
  const png = await deps.chart.render(points, 'Tickets sold over time');
  await chat.uploadImage(channel, { png, filename: `sales-${eventId}.png`, title: 'Tickets sold over time' });
}

/** How often progress is checked; it is posted when every message has an outcome. */
const PROGRESS_EVERY_MS = 1_000;

async function sendBroadcast(deps: OrganizerJobDeps, queues: Queues, commandId: string) {
  const outboxIds = await writeBroadcast(deps.em.fork(), commandId);
  await enqueuePacedDeliveries(queues, outboxIds);
  await enqueueBroadcastProgress(queues, commandId, PROGRESS_EVERY_MS);
  return { messages: outboxIds.length };
}

async function reportBroadcast(deps: OrganizerJobDeps, queues: Queues, commandId: string) {
  const em = deps.em.fork();
  const progress = await broadcastProgress(em, commandId);
  if (progress.pending > 0) {
    await enqueueBroadcastProgress(queues, commandId, PROGRESS_EVERY_MS);
    return progress;
  }
  const [command] = await em.execute<{ slack_channel_id: string | null }[]>(
    'select slack_channel_id from organizer_commands where id = ?',
    [commandId],
  );
  if (deps.chat && command?.slack_channel_id) {
    await deps.chat.post(command.slack_channel_id, broadcastProgressNote(progress));
  }
  return progress;
}

async function postHandoffThread(deps: OrganizerJobDeps, handoffId: string) {
  if (!deps.chat || !deps.handoffChannel) return { skipped: 'slack not configured' };
  const em = deps.em.fork();
  const summary = await loadHandoffSummary(em, handoffId);
  if (!summary || summary.slackThreadTs) return { skipped: 'already posted' };
  const posted = await deps.chat.post(deps.handoffChannel, handoffRootNote(summary));
  await attachSlackThread(em, handoffId, posted);
  return { posted: posted.ts };
}

async function relayToThread(deps: OrganizerJobDeps, handoffId: string, messageId: string) {
  if (!deps.chat || !deps.handoffChannel) return { skipped: 'slack not configured' };
  const em = deps.em.fork();
  const summary = await loadHandoffSummary(em, handoffId);
  const body = await loadRelayedMessage(em, messageId);
  if (!summary || body === null) throw new UnrecoverableError('handoff or message not found');
  // The thread is posted by the handoff-opened job; until then, retry with backoff.
  if (!summary.slackChannel || !summary.slackThreadTs) throw new Error('handoff thread not posted yet');
  await deps.chat.post(summary.slackChannel, relayNote(summary.name, body), summary.slackThreadTs);
  return { relayed: true };
}

async function markThreadResolved(deps: OrganizerJobDeps, handoffId: string) {
  if (!deps.chat) return { skipped: 'slack not configured' };
  const summary = await loadHandoffSummary(deps.em.fork(), handoffId);
  if (!summary?.slackChannel || !summary.slackThreadTs) return { skipped: 'no thread' };
  const root = { channel: summary.slackChannel, ts: summary.slackThreadTs };
  await deps.chat.update(root, resolvedRootNote(summary));
  await deps.chat.post(
    root.channel,
    { text: '✅ Resolved — the bot has taken the conversation back.' },
    root.ts,
  );
  return { resolved: true };
}
