import type { Button, OutboundMessage } from '../../messages.js';
import { formatDeadline, offerButtons } from '../../services/waitlist/offer-message.js';
import type { ActiveEntry } from '../../services/waitlist/waitlist-position.js';

/** Reply wording shared by the waiting-list skills. */

export const partyOf = (n: number) => (n === 1 ? 'just you' : `a party of ${n}`);
export const seatsOf = (n: number) => (n === 1 ? '1 seat' : `${n} seats`);

/** "#3 in line — 2 groups (5 people) ahead of you" / "first in line". */
export function placeInLine(entry: ActiveEntry): string {
  if (entry.ahead === 0) return "you're first in line";
  const groups = entry.ahead === 1 ? '1 group' : `${entry.ahead} groups`;
  const people = entry.peopleAhead === 1 ? '1 person' : `${entry.peopleAhead} people`;
  return `you're #${entry.position} in line — ${groups} (${people}) ahead of you`;
}

/** One line per entry, for "where am I?" and "you're already on it". */
export function describeEntry(entry: ActiveEntry, timezone: string): string {
  if (entry.offer) {
    return `${entry.tierName}: ${seatsOf(entry.offer.seats)} ${entry.offer.seats === 1 ? 'is' : 'are'} held for you until ${formatDeadline(entry.offer.expiresAt, timezone)}.`;
  }
  return `${entry.tierName} (${partyOf(entry.partySize)}): ${placeInLine(entry)}.`;
}

export const statusButtons: Button[] = [
  { id: 'intent:waitlist_status', title: 'Where am I?' },
  { id: 'intent:leave_waitlist', title: 'Leave the list' },
];

/** The entry's open offer as Claim / Pass buttons (again), or the usual status buttons. */
export function entryReply(text: string, entries: ActiveEntry[]): OutboundMessage {
  const offered = entries.find((e) => e.offer);
  if (offered?.offer) return { kind: 'buttons', text, buttons: offerButtons(offered.offer.promotionId) };
  return { kind: 'buttons', text, buttons: statusButtons };
}

/** WhatsApp cuts button titles at 20 characters. */
export const buttonTitle = (title: string) => (title.length <= 20 ? title : `${title.slice(0, 19)}…`);
