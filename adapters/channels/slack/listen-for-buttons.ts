import type { App, RespondFn } from '@slack/bolt';
import { boundText, cleanText } from '../../../core/clean-text.js';
import type { CommandReply } from '../../../core/commands/command.js';
import { createOrganizerButtons } from '../../../core/commands/index.js';
import { runAction } from '../../../core/commands/run-action.js';
import { actionFailedNote } from '../../../core/replies/organizer-action-notes.js';
import { openForm } from './open-form.js';
import type { SlackOrganizerDeps } from './organizer-listener-deps.js';
import { renderBlocks } from './render-blocks.js';

/**
 * The buttons under organizer and sponsor notes (check in, offer seats, remove a party, confirm a broadcast,
 * resolve a handoff, ★ a lead, note a lead): acked at once, then run, then answered to the clicker only.
 */
export function listenForButtons(app: App, deps: SlackOrganizerDeps): void {
  const buttons = createOrganizerButtons();
  for (const name of buttons.names()) {
    app.action(name, async ({ ack, body, action, respond, client }) => {
      await ack();
      // Values come back from the chat and may have been edited: cleaned and bounded (Slack's own limit is
      // 2,000), then each button's parse checks its shape.
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const input = boundText(cleanText(value), 2000);
      const channelId = 'channel' in body && body.channel?.id ? body.channel.id : null;
      const reply = await runAction(deps.em.fork(), buttons, {
        name,
        input,
        requester: { slackUserId: body.user.id, channelId },
        now: deps.clock(),
      }).catch(async (error: unknown) => {
        // The clicker is told rather than left with a button that did nothing.
        deps.logger.warn({ err: error, action: name }, 'slack action failed');
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderBlocks(actionFailedNote()),
        });
        return null;
      });
      if (!reply) return;
      if (reply.refused)
        deps.logger.warn({ slackUserId: body.user.id, action: name }, 'slack action refused');
      await deps.afterCommit(reply);
      if (reply.form && 'trigger_id' in body) await openForm(client, body.trigger_id, reply.form);
      await answer(respond, reply);
    });
  }
}

/** An answer beside the clicked message, seen only by the clicker; or the message itself replaced. */
async function answer(respond: RespondFn, reply: CommandReply): Promise<void> {
  if (reply.note) {
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(reply.note) });
  }
  if (reply.replace) await respond({ replace_original: true, ...renderBlocks(reply.replace) });
}
