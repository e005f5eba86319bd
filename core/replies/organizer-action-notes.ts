import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { CheckInResult } from '../services/check-in/check-in-ticket.js';

/** Answers to the buttons and forms under organizer notes (check in, waiting list, broadcast, FAQ form). */

export function checkInResultNote(result: CheckInResult): OrganizerNote {
  if (result.ok)
    return { text: `✅ Checked in \`${result.reference}\` — ${result.holder} (${result.tier}).` };
  return {
    text:
      result.reason === 'already'
        ? `\`${result.reference}\` was already checked in at ${result.checkedInAt.toISOString().slice(11, 16)} UTC.`
        : 'That ticket is not valid for this event (cancelled or unknown).',
  };
}

export const noFreeSeatsNote = (tier: string): OrganizerNote => ({
  text: `No free ${tier} seats to offer — raise capacity with \`/eventos capacity ${tier} +n\`.`,
});

export const offeringSeatsNote = (tier: string, free: number): OrganizerNote => ({
  text: `Offering ${free} free ${tier} ${free === 1 ? 'seat' : 'seats'} to the next parties that fit.`,
});

export const removedFromWaitlistNote = (removed: { name: string; tier: string } | null): OrganizerNote => ({
  text: removed
    ? `Removed ${removed.name} from the ${removed.tier} waiting list.`
    : 'That party is no longer waiting (left, offered or already removed).',
});

export const broadcastAlreadySentNote = (): OrganizerNote => ({ text: 'This broadcast was already sent.' });

/** Replaces the preview once Confirm is pressed. */
export const broadcastSendingNote = (): OrganizerNote => ({
  text: '📣 Sending… progress will be posted here.',
});

/** Field errors of the FAQ form, by field. */
export const faqFormErrors = (missing: { question: boolean; answer: boolean }): Record<string, string> => ({
  ...(missing.question ? { question: 'Please write the question.' } : {}),
  ...(missing.answer ? { answer: 'Please write the answer.' } : {}),
});

export const faqFormRefusal = (): Record<string, string> => ({
  question: 'Only the event’s organizers can edit FAQs.',
});

/** A button whose value we cannot read (edited, truncated or from an old message): nothing was done. */
export const brokenButtonNote = (): OrganizerNote => ({
  text: 'That button’s value is not one we sent (it may be from an old or edited message), so nothing was done. Run the command again for fresh buttons.',
});

/** A button or form that failed on our side: said to the clicker rather than leaving them with nothing. */
export const actionFailedNote = (): OrganizerNote => ({
  text: 'Sorry — that did not work on our side and nothing was changed. Please try again in a moment.',
});

/** The clicker is an organizer, but of another event than the one the button belongs to. */
export const otherEventNote = (what: string): OrganizerNote => ({
  text: `That ${what} belongs to another event, and you are an organizer of a different one, so nothing was done.`,
});
