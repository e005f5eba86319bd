import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import {
  acceptMeeting,
  counterPropose,
  declineMeeting,
  otherTimes,
} from '../../services/networking/answer-request.js';
import { formatSlot } from '../../services/networking/meeting-slots.js';
import { firstName, type MeetingSummary } from '../../services/networking/meeting-store.js';
import { REMINDER_LEAD_MS } from '../../services/networking/meeting-timers.js';
import {
  deliverFollowUp,
  needsAttendee,
  onDay,
  requestReply,
  say,
  slotButtons,
  slotFromArg,
} from './networking-replies.js';

const input = (ctx: SkillContext<'meetingTemplates'>, meetingId: string) => ({
  event: ctx.event,
  meetingId,
  attendeeId: ctx.attendee!.id,
  now: ctx.now,
  templates: ctx.meetingTemplates,
});

function unavailable(outcome: string, meeting?: MeetingSummary): SkillResult {
  if (outcome === 'expired' && meeting)
    return say(
      `This request from ${meeting.requesterName} has lapsed. You can still ask to meet them: say "meet ${firstName(meeting.requesterName)}".`,
    );
  if (outcome === 'closed' && meeting)
    return say(
      `This request is already ${meeting.status === 'accepted' ? 'accepted — say "my meetings" to see it' : meeting.status}.`,
    );
  return say(`I can't find that meeting request any more. Say "my meetings" to see yours.`);
}

/** Accept (`act:meeting-accept:<meeting id>`): booked with a table, or free slots to propose instead. */
export const acceptMeetingSkill: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await acceptMeeting(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  switch (result.outcome) {
    case 'accepted': {
      const m = result.meeting;
      return {
        ...say(
          `✅ Booked: ${m.requesterName}, ${formatSlot(m, ctx.event.timezone)} at ${result.location}. I'll remind you both 10 minutes before.`,
        ),
        followUps: [
          ...deliverFollowUp(result.outboxIds),
          {
            kind: 'meeting-timers',
            meetingId: m.id,
            at: [
              { job: 'remind', due: new Date(m.startsAt.getTime() - REMINDER_LEAD_MS).toISOString() },
              { job: 'ask', due: m.endsAt.toISOString() },
            ],
          },
        ],
      };
    }
    case 'slot_taken': {
      const text = `That slot has just filled up (you, ${firstName(result.meeting.requesterName)} or every table is booked then).`;
      if (result.alternatives.length === 0)
        return say(`${text} There's no free slot left for you both, sorry.`);
      return {
        replies: [
          {
            kind: 'buttons',
            text: `${text} Pick another time${onDay(result.alternatives, ctx.event.timezone)} to propose to ${firstName(result.meeting.requesterName)}:`,
            buttons: slotButtons('meeting-time', result.meeting.id, result.alternatives, ctx.event.timezone),
          },
        ],
      };
    }
    default:
      return unavailable(result.outcome, 'meeting' in result ? result.meeting : undefined);
  }
};

export const declineMeetingSkill: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await declineMeeting(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  if (result.outcome === 'declined')
    return say(`OK, I've told ${firstName(result.meeting.requesterName)} you can't make it.`, {
      followUps: deliverFollowUp(result.outboxIds),
    });
  return unavailable(result.outcome, 'meeting' in result ? result.meeting : undefined);
};

/** "Suggest another time": the nearest slots free for both, as buttons. */
export const suggestOtherTime: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await otherTimes(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  if (result.outcome !== 'other_times')
    return unavailable(result.outcome, 'meeting' in result ? result.meeting : undefined);
  if (result.alternatives.length === 0) return say('There is no other slot free for you both, sorry.');
  return {
    replies: [
      {
        kind: 'buttons',
        text: `Which time${onDay(result.alternatives, ctx.event.timezone)} suits you? I'll propose it to ${firstName(result.meeting.requesterName)}:`,
        buttons: slotButtons('meeting-time', result.meeting.id, result.alternatives, ctx.event.timezone),
      },
    ],
  };
};

/**
 * A counter-proposal (`act:meeting-time:<meeting id>:<epoch minutes>`): the original request is declined
 * and a new one goes the other way, at the chosen time, in the same transaction.
 */
export const proposeTime: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const chosen = slotFromArg(ctx.action?.arg ?? '');
  if (!chosen) return say("That choice doesn't work any more.");
  const result = await counterPropose(ctx.em, { ...input(ctx, chosen.target), at: chosen.at });
  if ('refusal' in result) {
    const { refusal } = result;
    return unavailable(refusal.outcome, 'meeting' in refusal ? refusal.meeting : undefined);
  }
  return requestReply(ctx, result.request);
};
