import type { App } from '@slack/bolt';
import { leadNoteModal, readLeadNote } from '../adapters/channels/slack/lead-note-modal.js';
import { renderBlocks } from '../adapters/channels/slack/render-blocks.js';
import {
  LEAD_NOTE_ACTION,
  LEAD_NOTE_MODAL,
  LEAD_RATE_ACTION_PREFIX,
  leadAlertNote,
  leadTitle,
} from '../core/replies/lead-notes.js';
import { findSponsorByChannel } from '../core/services/leads/find-sponsor.js';
import { loadLeadView } from '../core/services/leads/list-sponsor-leads.js';
import { noteLead, rateLead } from '../core/services/leads/rate-lead.js';
import { recordCommand } from '../core/services/organizer/record-command.js';
import { enqueueSponsorCommand } from '../jobs/leads-queue.js';
import type { Deps } from './compose.js';

const RATE_ACTION = new RegExp(`^${LEAD_RATE_ACTION_PREFIX}([1-5])$`);

/**
 * Sponsors in their own Slack channel: `/leads`, `/leads export`, and the ★1–5 and 📝 Note buttons on a lead
 * card. The sponsor is always the one whose channel the request came from, never what anyone typed.
 */
export function listenForSponsorLeads(app: App, deps: Deps): void {
  app.command('/leads', async ({ command, ack }) => {
    const em = deps.db.em.fork();
    const sponsor = command.channel_id
      ? await findSponsorByChannel(em, command.channel_id, deps.pipeline.clock())
      : null;
    const args = command.text.trim();
    const record = {
      slackUserId: command.user_id,
      slackChannelId: command.channel_id ?? null,
      command: 'leads',
      args,
      responseUrl: command.response_url ?? null,
    };
    if (!sponsor) {
      await recordCommand(em, { ...record, eventId: null, status: 'refused' });
      await ack({
        response_type: 'ephemeral',
        text: "`/leads` works in a sponsor's own channel: it shows that sponsor's leads. This channel isn't one.",
      });
      return;
    }
    const id = await recordCommand(em, { ...record, eventId: sponsor.eventId, status: 'accepted' });
    const queued = await enqueueSponsorCommand(deps.queues, id).then(
      () => true,
      (error: unknown) => {
        deps.logger.warn({ err: error, commandId: id }, 'could not queue a sponsor command');
        return false;
      },
    );
    await ack({
      response_type: 'ephemeral',
      text: queued
        ? args.toLowerCase() === 'export'
          ? `⏳ Exporting ${sponsor.name}'s leads…`
          : `⏳ Fetching ${sponsor.name}'s leads…`
        : 'Sorry, I could not start that — please try again.',
    });
  });

  app.action(RATE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const leadId = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const stars = Number(RATE_ACTION.exec('action_id' in action ? action.action_id : '')?.[1] ?? 0);
    const channel = 'channel' in body && body.channel?.id ? body.channel.id : '';
    const result = await rateLead(deps.db.em.fork(), {
      leadId,
      stars,
      by: body.user.id,
      seat: { slackChannel: channel },
      now: deps.pipeline.clock(),
    });
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text:
        result.outcome === 'saved'
          ? `Saved ${'★'.repeat(stars)} for ${result.name}.`
          : result.outcome === 'not_yours'
            ? "This lead isn't this channel's sponsor's."
            : 'That lead is no longer available (the attendee may have withdrawn consent).',
    });
    // The card itself shows the rating from now on, for everyone in the channel.
    if (result.outcome === 'saved') {
      const em = deps.db.em.fork();
      const [lead, sponsor] = await Promise.all([
        loadLeadView(em, leadId),
        findSponsorByChannel(em, channel, deps.pipeline.clock()),
      ]);
      if (lead && sponsor)
        await respond({ replace_original: true, ...renderBlocks(leadAlertNote(lead, sponsor.name)) });
    }
  });

  app.action(LEAD_NOTE_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const leadId = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const channel = 'channel' in body && body.channel?.id ? body.channel.id : '';
    const em = deps.db.em.fork();
    const sponsor = channel ? await findSponsorByChannel(em, channel, deps.pipeline.clock()) : null;
    const lead = sponsor ? await loadLeadView(em, leadId).catch(() => null) : null;
    // Only the lead's own sponsor's channel may see (in the form's title) or annotate it.
    if (!sponsor || !lead || lead.sponsorId !== sponsor.id || !('trigger_id' in body)) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'That lead is no longer available (the attendee may have withdrawn consent).',
      });
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: leadNoteModal({ leadId, channel }, leadTitle(lead)),
    });
  });

  app.view(LEAD_NOTE_MODAL, async ({ ack, body, view }) => {
    const form = readLeadNote(view);
    if (!form?.note) {
      await ack(form ? { response_action: 'errors', errors: { note: 'Please write a note.' } } : undefined);
      return;
    }
    const saved = await noteLead(deps.db.em.fork(), {
      leadId: form.meta.leadId,
      note: form.note,
      by: body.user.id,
      seat: { slackChannel: form.meta.channel },
      now: deps.pipeline.clock(),
    });
    if (saved.outcome !== 'saved') {
      await ack({ response_action: 'errors', errors: { note: 'That lead is no longer available.' } });
      return;
    }
    await ack();
  });
}
