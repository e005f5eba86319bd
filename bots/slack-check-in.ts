import type { App } from '@slack/bolt';
import { renderBlocks } from '../adapters/channels/slack/render-blocks.js';
import { CHECKIN_ACTION, refusalNote } from '../core/replies/organizer-notes.js';
import { checkInTicket } from '../core/services/check-in/check-in-ticket.js';
import { findOrganizerEvent } from '../core/services/organizer/find-organizer-event.js';
import type { Deps } from './compose.js';

/** "Check in DS26-…" under `/eventos checkin`: the confirmation; one guarded update, answered in place. */
export function listenForCheckIns(app: App, deps: Deps): void {
  app.action(CHECKIN_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const [ticketId, how] = value.split(':');
    if (!ticketId) return;
    const em = deps.db.em.fork();
    const organizer = await findOrganizerEvent(em, body.user.id, deps.pipeline.clock());
    if (!organizer) {
      deps.logger.warn({ slackUserId: body.user.id }, 'slack check-in refused');
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(refusalNote()) });
      return;
    }
    const result = await checkInTicket(em, organizer.eventId, ticketId, body.user.id, {
      method: how === 'qr' ? 'qr' : 'manual',
    });
    const text = result.ok
      ? `✅ Checked in \`${result.reference}\` — ${result.holder} (${result.tier}).`
      : result.reason === 'already'
        ? `\`${result.reference}\` was already checked in at ${result.checkedInAt.toISOString().slice(11, 16)} UTC.`
        : 'That ticket is not valid for this event (cancelled or unknown).';
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  });
}
