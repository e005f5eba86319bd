import type { MatchReasonFact } from '../../../db/entities/match.entity.js';
import { formatSlotIn } from '../../i18n/format-event-day.js';
import type { Locale } from '../../i18n/locale.js';
import { type Translate, translator } from '../../i18n/translate.js';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { Button, OutboundMessage } from '../../messages.js';
import { matchReasonWords } from './match-reason-words.js';
import { DEFAULT_MEETING_POINT } from './meeting-slots.js';
import { firstName } from './meeting-store.js';
import type { LocalNotice } from './notify-attendee.js';

/*
 * The proactive meeting messages, built in the recipient's language once `notifyAttendee` knows it: the
 * in-window text from the catalogs (core/i18n/catalogs/networking) and the template's variables in the same
 * language (the template is sent in that language's version; see adapters/channels/twilio/templates).
 */

/** A meeting's time, formatted per recipient in the event's zone. */
export interface SlotAt {
  startsAt: Date;
  endsAt: Date;
  zone: string;
}

const when = (slot: SlotAt, locale: Locale) => formatSlotIn(slot, slot.zone, locale);

/** Where a meeting is: the organizer's table names as written; our default meeting point in the reader's words. */
export const placeWords = (location: string, t: Translate): string =>
  location === DEFAULT_MEETING_POINT ? t('meeting.meetingPoint') : location;

/** Accept / Decline / Other time on an invitation; ids route to the networking actions (≤ 20-char titles). */
export const invitationButtons = (meetingId: string, t: Translate): Button[] => [
  { id: `act:meeting-accept:${meetingId}`, title: t('meeting.accept') },
  { id: `act:meeting-decline:${meetingId}`, title: t('meeting.decline') },
  { id: `act:meeting-other:${meetingId}`, title: t('meeting.otherTime') },
];

export const metButtons = (meetingId: string, t: Translate): Button[] => [
  { id: `act:met-yes:${meetingId}`, title: t('meeting.metYes') },
  { id: `act:met-no:${meetingId}`, title: t('meeting.metNo') },
];

const findOthers = (t: Translate): Button => ({ id: 'intent:find_matches', title: t('meeting.findOthers') });

/** Template variables: 1 first name, 2 requester, 3 their role, 4 the slot, 5 meeting id (for the buttons). */
export function invitationNotice(
  templates: MeetingTemplates,
  m: {
    meetingId: string;
    inviteeName: string;
    requesterName: string | null;
    requesterRole: string;
    /** Why the invitee might want to meet them, from the invitee's side (in the invitee's words when shown). */
    reason?: readonly MatchReasonFact[];
    slot: SlotAt;
    /** A counter-proposal: the time it replaces. */
    insteadOf?: SlotAt;
  },
): LocalNotice {
  return (locale) => {
    const t = translator(locale);
    const name = m.requesterName ?? t('meeting.someone');
    const slot = when(m.slot, locale);
    // A counter-proposal says what it replaces; a first request says why these two might meet, if anything does.
    const why = m.insteadOf
      ? t('meeting.insteadOf', { slot: when(m.insteadOf, locale) })
      : m.reason?.length && m.requesterName
        ? matchReasonWords(m.reason, firstName(m.requesterName), locale, { midSentence: true })
        : '';
    const text = [
      m.requesterRole
        ? t('meeting.inviteRole', { name, role: m.requesterRole, slot })
        : t('meeting.invite', { name, slot }),
      why ? t('meeting.why', { reason: why }) : '',
    ]
      .filter(Boolean)
      .join('\n');
    return {
      message: { kind: 'buttons', text, buttons: invitationButtons(m.meetingId, t) },
      template: {
        id: templates.request,
        language: locale,
        variables: {
          '1': firstName(m.inviteeName),
          '2': name,
          '3': m.requesterRole || t('meeting.attendee'),
          '4': slot,
          '5': m.meetingId,
        },
      },
    };
  };
}

/** A plain update (accepted, declined, cancelled, lapsed): template variable 1 is the whole sentence. */
export function updateNotice(
  templates: MeetingTemplates,
  say: (t: Translate, locale: Locale) => string,
  buttons: (t: Translate) => Button[] = () => [],
): LocalNotice {
  return (locale) => {
    const t = translator(locale);
    const text = say(t, locale);
    const shown = buttons(t);
    const message: OutboundMessage =
      shown.length > 0 ? { kind: 'buttons', text, buttons: shown } : { kind: 'text', text };
    return { message, template: { id: templates.update, language: locale, variables: { '1': text } } };
  };
}

export const declinedNotice = (templates: MeetingTemplates, who: string, slot: SlotAt) =>
  updateNotice(
    templates,
    (t, locale) => t('meeting.declined', { who, slot: when(slot, locale) }),
    (t) => [findOthers(t)],
  );

export const lapsedNotice = (templates: MeetingTemplates, who: string, slot: SlotAt) =>
  updateNotice(
    templates,
    (t, locale) => t('meeting.lapsed', { who, slot: when(slot, locale) }),
    (t) => [findOthers(t)],
  );

/** To the invitee when a request to them lapsed unanswered. */
export const requestLapsedNotice = (templates: MeetingTemplates, requesterName: string, slot: SlotAt) =>
  updateNotice(templates, (t, locale) =>
    t('meeting.requestLapsed', {
      name: requesterName,
      slot: when(slot, locale),
      first: firstName(requesterName),
    }),
  );

/** To the requester when the invitee accepted. */
export const acceptedNotice = (templates: MeetingTemplates, name: string, slot: SlotAt, location: string) =>
  updateNotice(templates, (t, locale) =>
    t('meeting.accepted', { name, slot: when(slot, locale), location: placeWords(location, t) }),
  );

/** The other person erased their data ("forget me"): the meeting is off. */
export const erasedNotice = (
  templates: MeetingTemplates,
  first: string,
  slot: SlotAt,
  location: string | null,
) =>
  updateNotice(
    templates,
    (t, locale) =>
      location
        ? t('meeting.erasedAt', { first, slot: when(slot, locale), location: placeWords(location, t) })
        : t('meeting.erased', { first, slot: when(slot, locale) }),
    (t) => [findOthers(t)],
  );

/** The other person cancelled a request (`pending`) or an accepted meeting. */
export const cancelledNotice = (
  templates: MeetingTemplates,
  m: { first: string; pending: boolean; slot: SlotAt; location: string | null },
) =>
  updateNotice(
    templates,
    (t, locale) => {
      const values = { first: m.first, pending: m.pending ? 'yes' : 'no', slot: when(m.slot, locale) };
      return m.location
        ? t('meeting.cancelledByAt', { ...values, location: placeWords(m.location, t) })
        : t('meeting.cancelledBy', values);
    },
    (t) => [findOthers(t)],
  );

/** Template variables: 1 first name, 2 the other person, 3 where, 4 when. */
export function reminderNotice(
  templates: MeetingTemplates,
  m: { name: string; other: string; otherRole: string; location: string | null; slot: SlotAt },
): LocalNotice {
  return (locale) => {
    const t = translator(locale);
    const location = m.location ? placeWords(m.location, t) : t('meeting.meetingPoint');
    const slot = when(m.slot, locale);
    return {
      message: {
        kind: 'text',
        text: m.otherRole
          ? t('meeting.reminderRole', { other: m.other, role: m.otherRole, location, slot })
          : t('meeting.reminder', { other: m.other, location, slot }),
      },
      template: {
        id: templates.reminder,
        language: locale,
        variables: { '1': firstName(m.name), '2': m.other, '3': location, '4': slot },
      },
    };
  };
}

export function didYouMeetNotice(
  templates: MeetingTemplates,
  meetingId: string,
  other: string,
  slot: SlotAt,
): LocalNotice {
  return updateNotice(
    templates,
    (t, locale) => t('meeting.didYouMeet', { other, slot: when(slot, locale) }),
    (t) => metButtons(meetingId, t),
  );
}
