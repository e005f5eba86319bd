import type { App } from '@slack/bolt';
import { renderBlocks } from '../adapters/channels/slack/render-blocks.js';
import {
  refusalNote,
  WAITLIST_OFFER_ACTION,
  WAITLIST_REMOVE_ACTION,
} from '../core/replies/organizer-notes.js';
import { findOrganizerEvent } from '../core/services/organizer/find-organizer-event.js';
import { freeSeats } from '../core/services/organizer/free-seats.js';
import { removeWaitlistEntry } from '../core/services/organizer/remove-waitlist-entry.js';
import { dispatchFollowUps } from '../jobs/follow-ups.js';
import type { Deps } from './compose.js';

/** The buttons under `/eventos waitlist`: offer a tier's free seats now, or take a party off the list. */
export function listenForWaitlistButtons(app: App, deps: Deps): void {
  const organizerOf = (slackUserId: string) =>
    findOrganizerEvent(deps.db.em.fork(), slackUserId, deps.pipeline.clock());

  app.action(WAITLIST_OFFER_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const tierId = 'value' in action && typeof action.value === 'string' ? action.value : null;
    const organizer = await organizerOf(body.user.id);
    const tier = organizer && tierId ? await freeSeats(deps.db.em.fork(), organizer.eventId, tierId) : null;
    if (!organizer || !tier || !tierId) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(refusalNote()) });
      return;
    }
    if (tier.free <= 0) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `No free ${tier.code} seats to offer — raise capacity with \`/eventos capacity ${tier.code} +n\`.`,
      });
      return;
    }
    await dispatchFollowUps(deps.queues, [{ kind: 'offer-freed-seats', tierId }]);
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: `Offering ${tier.free} free ${tier.code} ${tier.free === 1 ? 'seat' : 'seats'} to the next parties that fit.`,
    });
  });

  app.action(WAITLIST_REMOVE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const entryId = 'value' in action && typeof action.value === 'string' ? action.value : null;
    const organizer = await organizerOf(body.user.id);
    if (!organizer || !entryId) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(refusalNote()) });
      return;
    }
    const removed = await removeWaitlistEntry(deps.db.em.fork(), organizer.eventId, entryId);
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: removed
        ? `Removed ${removed.name} from the ${removed.tier} waiting list.`
        : 'That party is no longer waiting (left, offered or already removed).',
    });
  });
}
