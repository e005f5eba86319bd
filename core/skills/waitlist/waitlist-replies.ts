import type { Locale } from '../../i18n/locale.js';
import { type Translate, translator } from '../../i18n/translate.js';
import type { Button, OutboundMessage } from '../../messages.js';
import { formatDeadline, offerButtons } from '../../services/waitlist/offer-message.js';
import type { ActiveEntry } from '../../services/waitlist/waitlist-position.js';

/** Reply wording shared by the waiting-list skills (words in core/i18n/catalogs/waitlist). */

/** "#3 in line — 2 groups (5 people) ahead of you" / "first in line". */
export function placeInLine(entry: ActiveEntry, t: Translate): string {
  if (entry.ahead === 0) return t('waitlist.first');
  return t('waitlist.place', { position: entry.position, groups: entry.ahead, people: entry.peopleAhead });
}

/** One line per entry, for "where am I?" and "you're already on it". */
export function describeEntry(entry: ActiveEntry, timezone: string, locale: Locale): string {
  const t = translator(locale);
  if (entry.offer) {
    return t('waitlist.entryHeld', {
      tier: entry.tierName,
      seats: entry.offer.seats,
      deadline: formatDeadline(entry.offer.expiresAt, timezone, locale),
    });
  }
  return t('waitlist.entryQueued', {
    tier: entry.tierName,
    size: entry.partySize,
    place: placeInLine(entry, t),
  });
}

export const statusButtons = (locale: Locale): Button[] => {
  const t = translator(locale);
  return [
    { id: 'intent:waitlist_status', title: t('waitlist.whereAmI') },
    { id: 'intent:leave_waitlist', title: t('waitlist.leaveList') },
  ];
};

/** The entry's open offer as Claim / Pass buttons (again), or the usual status buttons. */
export function entryReply(text: string, entries: ActiveEntry[], locale: Locale): OutboundMessage {
  const offered = entries.find((e) => e.offer);
  if (offered?.offer) {
    return { kind: 'buttons', text, buttons: offerButtons(offered.offer.promotionId, locale) };
  }
  return { kind: 'buttons', text, buttons: statusButtons(locale) };
}

/** WhatsApp cuts button titles at 20 characters. */
export const buttonTitle = (title: string) => (title.length <= 20 ? title : `${title.slice(0, 19)}…`);
