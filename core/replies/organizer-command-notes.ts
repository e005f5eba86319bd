import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { LeadSharingSetting } from '../services/leads/lead-sharing-setting.js';
import type { CapacityResult } from '../services/organizer/set-capacity.js';
import { CAPACITY_CONFIRM_ACTION } from './organizer-notes.js';

/** Answers to typed `/eventos` commands that are not lists: usage lines, changes made, things not found. */

const USAGE = {
  capacity: 'Usage: `/eventos capacity <tier> <+n|n>` — e.g. `capacity vip +10` or `capacity vip 120`.',
  find: 'Usage: `/eventos find <name | phone>`.',
  checkin: 'Usage: `/eventos checkin <ticket reference | name | phone>`.',
  faq: 'Usage: `/eventos faq list`, `faq add`, `faq edit <code>`, `faq remove <code>` or `faq gaps`.',
  leads:
    'Usage: `/eventos leads <sponsor>` — e.g. `leads acme` — or `/eventos leads fields [name role company interests industry email phone]`.',
  broadcast: 'Usage: `/eventos broadcast <message>` — you will see the audience and a Confirm button first.',
} as const;

export const usageNote = (command: keyof typeof USAGE): OrganizerNote => ({ text: USAGE[command] });

/** The command was logged but its job could not be queued. */
export const notStartedNote = (): OrganizerNote => ({
  text: 'Sorry, I could not start that — please try again.',
});

export const eventGoneNote = (): OrganizerNote => ({ text: 'The event is gone.' });

export const noTierNote = (typed: string): OrganizerNote => ({ text: `There is no tier called “${typed}”.` });

export function capacityNote(result: CapacityResult): OrganizerNote {
  if (!result.ok && result.reason === 'over-venue') {
    return {
      text: `Capacity of ${result.code} can’t go to ${result.requested.toLocaleString('en')}: ${result.venue} holds ${result.venueCapacity.toLocaleString('en')} people across all tiers, so the most ${result.code} can have is ${result.maximum.toLocaleString('en')}. Nothing was changed.`,
    };
  }
  if (!result.ok && result.reason === 'needs-confirm') {
    return { text: `Capacity of ${result.code}: ${result.before} → ${result.requested} is a large change.` };
  }
  if (!result.ok) {
    return {
      text: `Capacity of ${result.code} can’t go to ${result.requested}: ${result.minimum} seats are sold or held. The lowest it can be is ${result.minimum}.`,
    };
  }
  const raised = result.after > result.before;
  return {
    text: `Capacity of ${result.code}: ${result.before} → ${result.after} (${result.free} free).${
      raised ? ' Offering the new seats to the waiting list.' : ''
    }`,
  };
}

export const faqRemovedNote = (code: string, removed: boolean): OrganizerNote => ({
  text: removed ? `Removed FAQ \`${code}\`.` : `There is no FAQ \`${code}\`.`,
});

/** `faq edit` of a code the library does not have: answered at once, instead of the form. */
export const noFaqToEditNote = (code: string): OrganizerNote => ({
  text: `There is no FAQ \`${code}\`. See \`/eventos faq list\`.`,
});

export const noSponsorNote = (typed: string): OrganizerNote => ({
  text: `There is no sponsor called “${typed}”.`,
});

const describeSharing = (s: LeadSharingSetting) =>
  `Sponsors receive: ${s.fields.join(', ')}${s.offerContact ? ', and the phone number when the attendee chooses “Yes + contact me”' : ' (attendees are not offered to share their phone number)'}.`;

export const leadSharingNote = (setting: LeadSharingSetting): OrganizerNote => ({
  text: describeSharing(setting),
});

export const leadSharingSavedNote = (setting: LeadSharingSetting): OrganizerNote => ({
  text: `Saved. ${describeSharing(setting)} Leads already shared keep what their attendees agreed to.`,
});

export const leadSharingUnknownNote = (unknown: string[]): OrganizerNote => ({
  text: `${unknown.length ? `Unknown field${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. ` : ''}Choose from name, role, company, interests, industry, email and phone (phone = offer “Yes + contact me”).`,
});

export const noOpenHandoffNote = (): OrganizerNote => ({ text: 'No open handoff matches.' });

export const alreadyResolvedNote = (name: string): OrganizerNote => ({
  text: `${name}’s handoff was already resolved.`,
});

export const resolvedNote = (name: string): OrganizerNote => ({
  text: `Resolved: ${name} is back with the bot.`,
});

/** A broadcast is one WhatsApp message: longer ones are refused before anything is sent, with the limit named. */
export const broadcastTooLongNote = (length: number, limit: number): OrganizerNote => ({
  text: `That broadcast is ${length.toLocaleString('en')} characters; a WhatsApp message holds at most ${limit.toLocaleString('en')}. Nothing was sent — shorten it and run \`/eventos broadcast\` again.`,
});

/** A large capacity change waits for Confirm (the button carries the logged command). */
export const capacityConfirmNote = (
  change: { code: string; before: number; requested: number },
  commandId: string,
): OrganizerNote => ({
  text: `Capacity of ${change.code}: ${change.before} → ${change.requested} is a large change. Nothing is changed until you confirm.`,
  buttons: [
    {
      actionId: CAPACITY_CONFIRM_ACTION,
      label: `Set ${change.code} to ${change.requested}`,
      value: commandId,
      style: 'primary',
    },
  ],
});

export const capacityAlreadyConfirmedNote = (): OrganizerNote => ({
  text: 'That capacity change was already confirmed (or is no longer waiting).',
});
