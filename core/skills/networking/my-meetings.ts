import { DateTime } from 'luxon';
import { formatSlotIn, shortDay } from '../../i18n/format-event-day.js';
import { formatTime } from '../../i18n/format-time.js';
import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { ListItem } from '../../messages.js';
import type { Skill } from '../../router/skill.js';
import { cancelMeeting } from '../../services/networking/cancel-meeting.js';
import { findAttendeeByPerson } from '../../services/networking/find-attendee-by-person.js';
import { listMeetings, type MeetingListItem } from '../../services/networking/list-meetings.js';
import { placeWords } from '../../services/networking/meeting-messages.js';
import { firstName } from '../../services/networking/meeting-store.js';
import { deliverFollowUp, needsAttendee, say } from './networking-replies.js';

function line(m: MeetingListItem, zone: string, locale: Locale): string {
  const t = translator(locale);
  const when = formatSlotIn(m, zone, locale);
  const who = m.otherRole ? `${m.otherName} (${m.otherRole})` : m.otherName;
  if (m.status === 'pending')
    return t(m.mine ? 'net.linePendingMine' : 'net.linePendingTheirs', { when, who });
  const met = m.met === true ? t('net.met') : m.met === false ? t('net.didntHappen') : '';
  const base = m.location
    ? t('net.lineAt', { when, who, location: placeWords(m.location, t) })
    : t('net.line', { when, who });
  return `${base}${met}`;
}

/** "My meetings": upcoming (accepted and pending) and past ones. */
export const myMeetingsSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const { locale } = ctx;
  const t = translator(locale);
  const { upcoming, past } = await listMeetings(ctx.em, { attendeeId: ctx.attendee!.id, now: ctx.now });
  if (upcoming.length === 0 && past.length === 0)
    return {
      replies: [
        {
          kind: 'buttons',
          text: t('net.noMeetings'),
          buttons: [{ id: 'intent:find_matches', title: t('net.whoShouldIMeet') }],
        },
      ],
    };
  const zone = ctx.event.timezone;
  const parts = [
    upcoming.length > 0
      ? [t('net.upcoming'), ...upcoming.map((m) => line(m, zone, locale))].join('\n')
      : t('net.noUpcoming'),
    past.length > 0
      ? [t('net.pastHeading'), ...past.slice(0, 10).map((m) => line(m, zone, locale))].join('\n')
      : '',
  ];
  return say(parts.filter(Boolean).join('\n\n'));
};

/** "Cancel my meeting with Bob": which one (a button, or a list when several), then cancel on the tap. */
export const cancelMeetingSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const { locale } = ctx;
  const t = translator(locale);
  const { person, time } = ctx.understood.slots;
  const otherId = person ? await findAttendeeByPerson(ctx.em, ctx.event.id, person) : null;
  const { upcoming } = await listMeetings(ctx.em, {
    attendeeId: ctx.attendee!.id,
    now: ctx.now,
    ...(otherId ? { otherId } : {}),
  });
  const zone = ctx.event.timezone;
  const candidates = time
    ? upcoming.filter((m) => DateTime.fromJSDate(m.startsAt, { zone }).toFormat('HH:mm') === time)
    : upcoming;
  const choices = candidates.length > 0 ? candidates : upcoming;
  if (choices.length === 0) return say(t('net.noneToCancel'));
  const item = (m: MeetingListItem): ListItem => ({
    id: `act:meeting-cancel:${m.id}`,
    title: t('net.cancelWho', { first: firstName(m.otherName) }).slice(0, 24),
    description: [
      `${shortDay(m.startsAt, zone, locale)}, ${formatTime(m.startsAt, zone, locale)}`,
      m.location,
    ]
      .filter(Boolean)
      .join(', '),
  });
  if (choices.length === 1) {
    const m = choices[0]!;
    return {
      replies: [
        {
          kind: 'buttons',
          text: t('net.cancelConfirm', {
            name: m.otherName,
            when: item(m).description ?? '',
            first: firstName(m.otherName),
          }),
          buttons: [
            { id: `act:meeting-cancel:${m.id}`, title: t('net.yesCancel') },
            { id: 'intent:my_meetings', title: t('net.keepIt') },
          ],
        },
      ],
    };
  }
  return {
    replies: [
      {
        kind: 'list',
        text: t('net.whichCancel'),
        buttonText: t('net.meetings'),
        items: choices.slice(0, 10).map(item),
      },
    ],
  };
};

/** The cancel tap (`act:meeting-cancel:<meeting id>`): cancelled, the other side told. */
export const cancelMeetingAction: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const t = translator(ctx.locale);
  const result = await cancelMeeting(ctx.em, {
    event: ctx.event,
    meetingId: ctx.action?.arg ?? '',
    attendeeId: ctx.attendee!.id,
    now: ctx.now,
    templates: ctx.meetingTemplates,
  });
  if (result.outcome === 'cancelled') {
    const other =
      result.meeting.requesterId === ctx.attendee!.id
        ? result.meeting.inviteeName
        : result.meeting.requesterName;
    return say(t('net.cancelled', { first: firstName(other) }), {
      followUps: deliverFollowUp(result.outboxIds),
    });
  }
  if (result.outcome === 'closed') return say(t('net.meetingAlready', { status: result.meeting.status }));
  return say(t('net.meetingNotFound'));
};
