import type { App } from '@slack/bolt';
import { cleanDeep } from '../../../core/clean-text.js';
import type { CommandReply } from '../../../core/commands/command.js';
import { createOrganizerSubmissions } from '../../../core/commands/index.js';
import { runAction } from '../../../core/commands/run-action.js';
import { LEAD_NOTE_MODAL } from '../../../core/replies/lead-notes.js';
import { FAQ_FORM, HANDOFF_THREAD_REPLY } from '../../../core/replies/organizer-notes.js';
import { readFaqSubmission } from './faq-modal.js';
import { readLeadNote } from './lead-note-modal.js';
import type { SlackOrganizerDeps } from './organizer-listener-deps.js';

/** A form's answer in its ack: field errors keep it open, anything else closes it. */
const formAck = (reply: CommandReply | null) =>
  reply?.formErrors ? { response_action: 'errors' as const, errors: reply.formErrors } : undefined;

/**
 * What organizers and sponsors submit besides commands: the FAQ form, the note form on a lead card, and
 * replies in handoff threads (relayed to the attendee on WhatsApp).
 */
export function listenForSubmissions(app: App, deps: SlackOrganizerDeps): void {
  const submissions = createOrganizerSubmissions();
  const run = (name: string, input: object, slackUserId: string, channelId: string | null) =>
    runAction(deps.em.fork(), submissions, {
      name,
      // Typed text is cleaned of what Postgres cannot store (a NUL byte) so it still reaches the attendee.
      input: JSON.stringify(cleanDeep(input)),
      requester: { slackUserId, channelId },
      now: deps.clock(),
    });
  const logRefusal = (reply: CommandReply | null, slackUserId: string, name: string) => {
    if (reply?.refused) deps.logger.warn({ slackUserId, action: name }, 'slack submission refused');
  };

  app.view(FAQ_FORM, async ({ ack, body, view }) => {
    const form = readFaqSubmission(view);
    if (!form) {
      await ack();
      return;
    }
    const { meta, ...fields } = form;
    const reply = await run(FAQ_FORM, { ...meta, ...fields }, body.user.id, null);
    logRefusal(reply, body.user.id, FAQ_FORM);
    await ack(formAck(reply));
    if (reply) await deps.afterCommit(reply);
  });

  app.view(LEAD_NOTE_MODAL, async ({ ack, body, view }) => {
    const form = readLeadNote(view);
    if (!form) {
      await ack();
      return;
    }
    // The sponsor is the channel the card was in, carried by the form.
    const input = { leadId: form.meta.leadId, channel: form.meta.channel, note: form.note };
    const reply = await run(LEAD_NOTE_MODAL, input, body.user.id, form.meta.channel);
    logRefusal(reply, body.user.id, LEAD_NOTE_MODAL);
    await ack(formAck(reply));
  });

  app.event('message', async ({ event }) => {
    if (event.subtype !== undefined || !('thread_ts' in event) || !event.thread_ts) return;
    if (event.thread_ts === event.ts || event.channel !== deps.handoffChannel) return;
    if (('bot_id' in event && event.bot_id) || !event.user || !event.text) return;
    const message = { channel: event.channel, threadTs: event.thread_ts, ts: event.ts, text: event.text };
    const reply = await run(HANDOFF_THREAD_REPLY, message, event.user, event.channel);
    if (reply) await deps.afterCommit(reply);
  });
}
