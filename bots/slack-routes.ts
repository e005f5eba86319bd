import { Router } from 'express';
import { createSlackApp, SLACK_EVENTS_PATH } from '../adapters/channels/slack/create-slack-app.js';
import { limitSlackUsers } from '../adapters/channels/slack/limit-slack-users.js';
import { listenForOrganizers } from '../adapters/channels/slack/listen-for-organizers.js';
import type { CommandReply } from '../core/commands/command.js';
import { dispatchFollowUps } from '../jobs/follow-ups.js';
import { enqueueSponsorCommand } from '../jobs/leads-queue.js';
import {
  enqueueBroadcastSend,
  enqueueFaqEmbed,
  enqueueHandoffResolved,
  enqueueOrganizerCommand,
} from '../jobs/organizer-queue.js';
import { enqueueDeliveries } from '../jobs/queues.js';
import type { Deps } from './compose.js';

/**
 * `POST /slack/events` (slash commands, button clicks, forms, Events API). Without Slack config it answers 503
 * with what to set; the rest of the server does not depend on Slack.
 */
export function createSlackRoutes(deps: Deps): Router {
  const slack = deps.config.slack;
  if (!slack) {
    const router = Router();
    router.post(SLACK_EVENTS_PATH, (_req, res) => {
      res
        .status(503)
        .json({ error: 'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN.' });
    });
    return router;
  }
  const { app, router } = createSlackApp({
    signingSecret: slack.signingSecret,
    botToken: slack.botToken,
    apiUrl: slack.apiUrl,
    ...(slack.apiRetries === undefined ? {} : { retries: slack.apiRetries }),
  });
  limitSlackUsers(app, deps.limits.slack);
  listenForOrganizers(app, {
    em: deps.db.em,
    clock: deps.pipeline.clock,
    logger: deps.logger,
    handoffChannel: slack.handoffChannel,
    queueCommand: (kind, commandId) =>
      kind === 'sponsor'
        ? enqueueSponsorCommand(deps.queues, commandId)
        : enqueueOrganizerCommand(deps.queues, commandId),
    afterCommit: (reply) => afterCommit(deps, reply),
  });
  return router;
}

/**
 * A command's background work, queued once its transaction has committed. Seat offers go out as the skills'
 * follow-ups do; the rest is best effort (deliveries and broadcast rows are in Postgres: the sweepers send them).
 */
async function afterCommit(deps: Deps, reply: CommandReply): Promise<void> {
  await dispatchFollowUps(deps.queues, reply.followUps);
  await enqueueDeliveries(deps.queues, reply.outboxIds).catch(() => {});
  for (const handoffId of reply.resolvedHandoffs) {
    await enqueueHandoffResolved(deps.queues, handoffId).catch(() => {});
  }
  if (reply.broadcastId) {
    const commandId = reply.broadcastId;
    await enqueueBroadcastSend(deps.queues, commandId).catch((error: unknown) =>
      deps.logger.warn(
        { err: error, commandId },
        'broadcast queued for the sweeper: the queue is unavailable',
      ),
    );
  }
  if (reply.faqId) await enqueueFaqEmbed(deps.queues, reply.faqId).catch(() => {});
}
