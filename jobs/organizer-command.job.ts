import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { createOrganizerCommands } from '../core/commands/index.js';
import { runQueuedCommand } from '../core/commands/run-queued-command.js';
import type { CodeSheet } from '../core/ports/code-sheet.js';
import type { FeedbackChart } from '../core/ports/feedback-chart.js';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import type { SalesChart } from '../core/ports/sales-chart.js';
import { finishCommand } from '../core/services/organizer/record-command.js';
import { salesOverTime } from '../core/services/organizer/sales-over-time.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { dispatchFollowUps } from './follow-ups.js';
import { enqueueHandoffResolved } from './handoff-resolved.job.js';

interface CommandJobDeps {
  em: EntityManager;
  queues: Queues;
  chat: OrganizerChat | null;
  chart: SalesChart;
  /** Draws the QR-code sheet `/eventos session-codes` uploads. */
  codeSheet: CodeSheet;
  /** Draws the ratings chart `/eventos feedback` uploads. */
  feedbackChart: FeedbackChart;
}

/** Runs one `/eventos` command logged by the Slack route, and answers through its `response_url`. */
export const organizerCommandJob = defineJob({
  name: 'organizer-command',
  queue: 'organizer',
  payload: z.object({ commandId: z.uuid() }),
  // The job id is the command's row id: a command runs once even if enqueued twice.
  options: ({ commandId }) => ({ jobId: commandId }),
  async process(deps: CommandJobDeps, { commandId }) {
    const { queues } = deps;
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
    if (outcome.sheet && deps.chat && stored.slackChannelId) {
      const png = await deps.codeSheet.render(outcome.sheet);
      await deps.chat.uploadImage(stored.slackChannelId, {
        png,
        filename: `session-codes-${stored.eventId}.png`,
        title: outcome.sheet.title,
      });
    }
    if (outcome.chart && deps.chat && stored.slackChannelId) {
      // Like the sales chart: a bonus to the numbers already posted; a failure is logged, not retried.
      const png = await deps.feedbackChart.render(outcome.chart);
      await deps.chat.uploadImage(stored.slackChannelId, {
        png,
        filename: `feedback-${stored.eventId}.png`,
        title: outcome.chart.title,
      });
    }
    if (stored.command === 'stats' && deps.chat && stored.slackChannelId) {
      await uploadSalesChart(deps, deps.chat, stored.eventId, stored.slackChannelId);
    }
    return { done: stored.command };
  },
});

export const enqueueOrganizerCommand = (queues: Queues, commandId: string) =>
  organizerCommandJob.enqueue(queues, { commandId });

/** The chart is a bonus to the numbers already posted: a failure is logged by BullMQ, not retried. */
async function uploadSalesChart(deps: CommandJobDeps, chat: OrganizerChat, eventId: string, channel: string) {
  const points = await salesOverTime(deps.em.fork(), eventId);
  if (points.length === 0) return;
  const png = await deps.chart.render(points, 'Tickets sold over time');
  await chat.uploadImage(channel, { png, filename: `sales-${eventId}.png`, title: 'Tickets sold over time' });
}
