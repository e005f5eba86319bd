import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createSponsorCommands } from '../core/commands/index.js';
import { runQueuedCommand } from '../core/commands/run-queued-command.js';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { redactPendingCards } from '../core/services/leads/card-redactions.js';
import {
  findStrandedAlerts,
  type LeadAlertDeps,
  sendLeadAlert,
} from '../core/services/leads/send-lead-alert.js';
import { sendLeadDigests } from '../core/services/leads/send-lead-digests.js';
import { finishCommand } from '../core/services/organizer/record-command.js';
import { scheduleLeadDigests } from './lead-digest-schedule.js';
import {
  digestPayload,
  enqueueLeadAlert,
  LEAD_JOBS,
  leadPayload,
  sponsorCommandPayload,
} from './leads-queue.js';
import { enqueueDeliveries, QUEUE_NAMES, type Queues } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export interface LeadJobDeps extends LeadAlertDeps {
  /** The daily digest's local time in each event's zone, "HH:MM" (LEAD_DIGEST_TIME). */
  digestTime: string;
}

/** How often lost alert jobs are looked for: the longest a Redis hiccup can delay a hot-lead alert. */
const LEADS_SWEEP_EVERY_MS = 5_000;

/**
 * The leads queue: hot-lead alerts (concurrency 4, so one slow Slack call does not hold up the next alert),
 * withdrawn cards, daily digests, `/leads` commands and the sweep. Exactly-once lives in Postgres (the lead
 * row's alert claim, `digest_sent_at`, the command's status), so retried or duplicated jobs are harmless.
 */
export async function startLeadsWorker(opts: {
  connection: Redis;
  prefix: string;
  deps: LeadJobDeps;
  queues: Queues;
}): Promise<Worker> {
  const { deps, queues } = opts;
  await queues.leads.upsertJobScheduler(
    'leads-sweep',
    { every: LEADS_SWEEP_EVERY_MS },
    { name: LEAD_JOBS.sweep, opts: { attempts: 1, removeOnFail: 100 } },
  );
  await scheduleLeadDigests(queues, deps.em, { localTime: deps.digestTime, now: deps.clock() });
  return new Worker(
    QUEUE_NAMES.leads,
    async (job: Job) => {
      switch (job.name) {
        case LEAD_JOBS.alert: {
          const result = await sendLeadAlert(deps, leadPayload.parse(job.data).leadId);
          if (result.outcome === 'whatsapp')
            await enqueueDeliveries(queues, result.outboxIds).catch(() => {});
          return result;
        }
        case LEAD_JOBS.withdrawn:
          leadPayload.parse(job.data);
          return { redacted: await redactPendingCards(deps) };
        case LEAD_JOBS.digest: {
          const report = await sendLeadDigests(deps, digestPayload.parse(job.data).eventId);
          await enqueueDeliveries(queues, report.outboxIds).catch(() => {});
          return { sponsors: report.sponsors, leads: report.leads };
        }
        case LEAD_JOBS.sponsorCommand:
          return runSponsorCommandJob(deps, sponsorCommandPayload.parse(job.data).commandId);
        case LEAD_JOBS.sweep: {
          const stranded = await findStrandedAlerts(deps.em.fork());
          for (const leadId of stranded) await enqueueLeadAlert(queues, leadId);
          // Cards of withdrawn or forgotten people whose job was lost — or, after "forget me", never queued.
          return { requeued: stranded.length, redacted: await redactPendingCards(deps) };
        }
        default:
          throw new UnrecoverableError(`unknown leads job ${job.name}`);
      }
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: 4, ...WORKER_SETTINGS },
  );
}

async function runSponsorCommandJob(deps: LeadJobDeps, commandId: string) {
  const em = deps.em.fork();
  const ran = await runQueuedCommand(em, createSponsorCommands(), commandId, deps.clock());
  const channel = ran?.stored.slackChannelId;
  if (!ran || !channel) return { skipped: 'already done' };
  const { stored, reply: outcome } = ran;
  const chat: OrganizerChat | null = deps.chat;
  if (outcome.file && chat) await chat.uploadFile(channel, outcome.file);
  await finishCommand(em, commandId, 'done');
  if (stored.responseUrl && chat && outcome.note) await chat.respond(stored.responseUrl, outcome.note);
  return { done: stored.command, exported: Boolean(outcome.file) };
}
