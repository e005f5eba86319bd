import type { App } from '@slack/bolt';
import { Router } from 'express';
import { createSlackApp, SLACK_EVENTS_PATH } from '../adapters/channels/slack/create-slack-app.js';
import { renderBlocks } from '../adapters/channels/slack/render-blocks.js';
import {
  BROADCAST_CONFIRM_ACTION,
  helpNote,
  RESOLVE_ACTION,
  refusalNote,
  workingNote,
} from '../core/replies/organizer-notes.js';
import { findHandoffByThread } from '../core/services/handoffs/find-handoff-by-thread.js';
import { replyToHandoff } from '../core/services/handoffs/reply-to-handoff.js';
import { resolveHandoff } from '../core/services/handoffs/resolve-handoff.js';
import { findOrganizerEvent } from '../core/services/organizer/find-organizer-event.js';
import { parseCommand } from '../core/services/organizer/parse-command.js';
import { recordCommand } from '../core/services/organizer/record-command.js';
import { confirmBroadcast, writeBroadcast } from '../core/services/organizer/send-broadcast.js';
import {
  enqueueBroadcastSend,
  enqueueHandoffResolved,
  enqueueOrganizerCommand,
} from '../jobs/organizer-queue.js';
import { enqueueDeliveries } from '../jobs/queues.js';
import type { Deps } from './compose.js';
import type { SlackConfig } from './config.js';
import { listenForCheckIns } from './slack-check-in.js';
import { listenForFaqForms, openFaqForm } from './slack-faq.js';
import { listenForSponsorLeads } from './slack-leads.js';
import { listenForWaitlistButtons } from './slack-waitlist.js';

/**
 * `POST /slack/events` (slash commands, button clicks, Events API). Without Slack config it answers 503
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
  listenForCommands(app, deps);
  listenForHandoffs(app, deps, slack);
  listenForBroadcasts(app, deps);
  listenForFaqForms(app, deps);
  listenForCheckIns(app, deps);
  listenForWaitlistButtons(app, deps);
  listenForSponsorLeads(app, deps);
  return router;
}

const ephemeral = (note: Parameters<typeof renderBlocks>[0]) => ({
  response_type: 'ephemeral' as const,
  ...renderBlocks(note),
});

/** `/eventos …`: authorize, log, queue the work, and ack at once; the job answers through `response_url`. */
function listenForCommands(app: App, deps: Deps): void {
  app.command('/eventos', async ({ command, ack, client }) => {
    const em = deps.db.em.fork();
    const parsed = parseCommand(command.text);
    const [name = 'help'] = command.text.trim().split(/\s+/).filter(Boolean);
    const organizer = await findOrganizerEvent(em, command.user_id, deps.pipeline.clock());
    const record = {
      slackUserId: command.user_id,
      slackChannelId: command.channel_id ?? null,
      command: name.toLowerCase().slice(0, 64),
      // The raw remainder: a broadcast keeps the organizer's line breaks.
      args: command.text.trim().slice(name.length).trim(),
      responseUrl: command.response_url ?? null,
    };
    if (!organizer) {
      await recordCommand(em, { ...record, eventId: null, status: 'refused' });
      deps.logger.warn({ slackUserId: command.user_id, command: record.command }, 'slack command refused');
      await ack(ephemeral(refusalNote()));
      return;
    }
    if (parsed.name === 'help' || parsed.name === 'invalid') {
      await ack(ephemeral(parsed.name === 'help' ? helpNote() : { text: parsed.usage }));
      return;
    }
    if (parsed.name === 'faq' && (parsed.action === 'add' || parsed.action === 'edit')) {
      await openFaqForm(deps, {
        command,
        ack,
        client,
        eventId: organizer.eventId,
        ...(parsed.action === 'edit' ? { code: parsed.code } : {}),
      });
      return;
    }
    const id = await recordCommand(em, { ...record, eventId: organizer.eventId, status: 'accepted' });
    const queued = await enqueueOrganizerCommand(deps.queues, id).then(
      () => true,
      (error: unknown) => {
        deps.logger.warn({ err: error, commandId: id }, 'could not queue an organizer command');
        return false;
      },
    );
    await ack(
      ephemeral(
        queued ? workingNote(record.command) : { text: 'Sorry, I could not start that — please try again.' },
      ),
    );
  });
}

/**
 * Handoff threads: an organizer's reply in a thread goes to the attendee through the outbox; Resolve gives
 * the conversation back to the bot. Only organizers of the handoff's event may do either.
 */
function listenForHandoffs(app: App, deps: Deps, slack: SlackConfig): void {
  const mayAct = async (slackUserId: string, eventId: string) =>
    (await findOrganizerEvent(deps.db.em.fork(), slackUserId, deps.pipeline.clock()))?.eventId === eventId;

  app.event('message', async ({ event }) => {
    if (event.subtype !== undefined || !('thread_ts' in event) || !event.thread_ts) return;
    if (event.thread_ts === event.ts || event.channel !== slack.handoffChannel) return;
    if ('bot_id' in event && event.bot_id) return;
    const thread = { channel: event.channel, threadTs: event.thread_ts };
    const handoff = await findHandoffByThread(deps.db.em.fork(), thread);
    if (!handoff || !event.user || !event.text || !(await mayAct(event.user, handoff.eventId))) return;
    const sent = await replyToHandoff(deps.db.em.fork(), thread, {
      text: event.text,
      slackUserId: event.user,
      ts: event.ts,
    });
    if (sent) await enqueueDeliveries(deps.queues, sent.outboxIds).catch(() => {});
  });

  app.action(RESOLVE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const handoffId = 'value' in action && typeof action.value === 'string' ? action.value : null;
    if (!handoffId) return;
    const handoff = await findHandoffByThread(deps.db.em.fork(), { handoffId });
    if (!handoff) return;
    if (!(await mayAct(body.user.id, handoff.eventId))) {
      deps.logger.warn({ slackUserId: body.user.id, handoffId }, 'slack resolve refused');
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(refusalNote()) });
      return;
    }
    const resolved = await resolveHandoff(deps.db.em.fork(), handoffId);
    if (!resolved) return;
    await enqueueDeliveries(deps.queues, resolved.outboxIds).catch(() => {});
    await enqueueHandoffResolved(deps.queues, handoffId).catch(() => {});
  });
}

/** Confirm on a broadcast preview: once, by an organizer of the event; the sending runs in a job. */
function listenForBroadcasts(app: App, deps: Deps): void {
  app.action(BROADCAST_CONFIRM_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const commandId = 'value' in action && typeof action.value === 'string' ? action.value : null;
    if (!commandId) return;
    const em = deps.db.em.fork();
    const organizer = await findOrganizerEvent(em, body.user.id, deps.pipeline.clock());
    const [command] = await em.execute<{ event_id: string | null }[]>(
      'select event_id from organizer_commands where id = ?',
      [commandId],
    );
    if (!organizer || !command || organizer.eventId !== command.event_id) {
      deps.logger.warn({ slackUserId: body.user.id, commandId }, 'slack broadcast confirm refused');
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(refusalNote()) });
      return;
    }
    const confirmed = await confirmBroadcast(em, commandId);
    if (!confirmed) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'This broadcast was already sent.',
      });
      return;
    }
    // The outbox rows are written now, so a Redis outage delays the broadcast but cannot lose it (the
    // sweeper delivers pending rows); the job adds pacing and the progress report.
    await writeBroadcast(em, commandId);
    await enqueueBroadcastSend(deps.queues, commandId).catch((error: unknown) =>
      deps.logger.warn(
        { err: error, commandId },
        'broadcast queued for the sweeper: the queue is unavailable',
      ),
    );
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: '📣 Sending… progress will be posted here.',
    });
  });
}
