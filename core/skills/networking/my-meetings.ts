import { DateTime } from 'luxon';
import type { ListItem } from '../../messages.js';
import type { Skill } from '../../router/skill.js';
import { cancelMeeting } from '../../services/networking/cancel-meeting.js';
import { findAttendeeByPerson } from '../../services/networking/find-attendee-by-person.js';
import { listMeetings, type MeetingListItem } from '../../services/networking/list-meetings.js';
import { formatSlot } from '../../services/networking/meeting-slots.js';
import { firstName } from '../../services/networking/meeting-store.js';
import { deliverFollowUp, needsAttendee, say } from './networking-replies.js';

function line(m: MeetingListItem, zone: string): string {
  const when = formatSlot(m, zone);
  const who = `${m.otherName}${m.otherRole ? ` (${m.otherRole})` : ''}`;
  if (m.status === 'pending')
    return `• ${when} with ${who} — ${m.mine ? 'waiting for their answer' : 'waiting for yours'}`;
  const met = m.met === true ? ' — met ✓' : m.met === false ? " — didn't happen" : '';
  return `• ${when} with ${who}${m.location ? ` at ${m.location}` : ''}${met}`;
}

/** "My meetings": upcoming (accepted and pending) and past ones. */
export const myMeetingsSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const { upcoming, past } = await listMeetings(ctx.em, { attendeeId: ctx.attendee!.id, now: ctx.now });
  if (upcoming.length === 0 && past.length === 0)
    return {
      replies: [
        {
          kind: 'buttons',
          text: 'You have no meetings yet. Want some suggestions of people to meet?',
          buttons: [{ id: 'intent:find_matches', title: 'Who should I meet?' }],
        },
      ],
    };
  const zone = ctx.event.timezone;
  const parts = [
    upcoming.length > 0
      ? `*Upcoming*\n${upcoming.map((m) => line(m, zone)).join('\n')}`
      : 'No upcoming meetings.',
    past.length > 0
      ? `*Past*\n${past
          .slice(0, 10)
          .map((m) => line(m, zone))
          .join('\n')}`
      : '',
  ];
  return say(parts.filter(Boolean).join('\n\n'));
};

/** "Cancel my meeting with Bob": which one (a button, or a list when several), then cancel on the tap. */
export const cancelMeetingSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
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
  if (choices.length === 0) return say('You have no upcoming meetings to cancel.');
  const item = (m: MeetingListItem): ListItem => ({
    id: `act:meeting-cancel:${m.id}`,
    title: `Cancel ${firstName(m.otherName)}`.slice(0, 24),
    description: `${DateTime.fromJSDate(m.startsAt, { zone }).toFormat('ccc d LLL, HH:mm')}${m.location ? `, ${m.location}` : ''}`,
  });
  if (choices.length === 1) {
    const m = choices[0]!;
    return {
      replies: [
        {
          kind: 'buttons',
          text: `Cancel your meeting with ${m.otherName} (${item(m).description})? I'll let ${firstName(m.otherName)} know.`,
          buttons: [
            { id: `act:meeting-cancel:${m.id}`, title: 'Yes, cancel it' },
            { id: 'intent:my_meetings', title: 'Keep it' },
          ],
        },
      ],
    };
  }
  return {
    replies: [
      {
        kind: 'list',
        text: 'Which meeting should I cancel?',
        buttonText: 'Meetings',
        items: choices.slice(0, 10).map(item),
      },
    ],
  };
};

/** The cancel tap (`act:meeting-cancel:<meeting id>`): cancelled, the other side told. */
export const cancelMeetingAction: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
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
    return say(`Cancelled. I've let ${firstName(other)} know.`, {
      followUps: deliverFollowUp(result.outboxIds),
    });
  }
  if (result.outcome === 'closed') return say(`That meeting is already ${result.meeting.status}.`);
  return say(`I can't find that meeting. Say "my meetings" to see yours.`);
};
