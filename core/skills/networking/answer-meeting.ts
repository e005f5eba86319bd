import { formatSlotIn } from '../../i18n/format-event-day.js';
import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import {
  acceptMeeting,
  counterPropose,
  declineMeeting,
  otherTimes,
} from '../../services/networking/answer-request.js';
import { placeWords } from '../../services/networking/meeting-messages.js';

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
  withDay,
} from './networking-replies.js';

const input = (ctx: SkillContext<'meetingTemplates'>, meetingId: string) => ({
  event: ctx.event,
  meetingId,
  attendeeId: ctx.attendee!.id,
  now: ctx.now,
  templates: ctx.meetingTemplates,
});

function unavailable(locale: Locale, outcome: string, meeting?: MeetingSummary): SkillResult {
  const t = translator(locale);
  if (outcome === 'expired' && meeting)
    return say(t('net.lapsed', { name: meeting.requesterName, first: firstName(meeting.requesterName) }));
  if (outcome === 'closed' && meeting)
    return say(
      meeting.status === 'accepted'
        ? t('net.alreadyAccepted')
        : t('net.alreadyClosed', { status: meeting.status }),
    );
  return say(t('net.requestGone'));
}

/** Accept (`act:meeting-accept:<meeting id>`): booked with a table, or free slots to propose instead. */
export const acceptMeetingSkill: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await acceptMeeting(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  const { locale } = ctx;
  const t = translator(locale);
  const zone = ctx.event.timezone;
  switch (result.outcome) {
    case 'accepted': {
      const m = result.meeting;
      return {
        ...say(
          t('net.booked', {
            name: m.requesterName,
            slot: formatSlotIn(m, zone, locale),
            location: placeWords(result.location, t),
          }),
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
      const first = firstName(result.meeting.requesterName);
      const intro = t('net.slotFilled', { first });
      if (result.alternatives.length === 0) return say(t('net.noSlotLeft', { intro }));
      return {
        replies: [
          {
            kind: 'buttons',
            text: withDay(
              locale,
              ['net.pickAnother', 'net.pickAnotherOn'],
              onDay(result.alternatives, zone, locale),
              {
                intro,
                first,
              },
            ),
            buttons: slotButtons('meeting-time', result.meeting.id, result.alternatives, zone, locale),
          },
        ],
      };
    }
    default:
      return unavailable(locale, result.outcome, 'meeting' in result ? result.meeting : undefined);
  }
};

export const declineMeetingSkill: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await declineMeeting(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  if (result.outcome === 'declined')
    return say(translator(ctx.locale)('net.declined', { first: firstName(result.meeting.requesterName) }), {
      followUps: deliverFollowUp(result.outboxIds),
    });
  return unavailable(ctx.locale, result.outcome, 'meeting' in result ? result.meeting : undefined);
};

/** "Suggest another time": the nearest slots free for both, as buttons. */
export const suggestOtherTime: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const result = await otherTimes(ctx.em, input(ctx, ctx.action?.arg ?? ''));
  const { locale } = ctx;
  if (result.outcome !== 'other_times')
    return unavailable(locale, result.outcome, 'meeting' in result ? result.meeting : undefined);
  if (result.alternatives.length === 0) return say(translator(locale)('net.noOtherSlot'));
  const zone = ctx.event.timezone;
  return {
    replies: [
      {
        kind: 'buttons',
        text: withDay(
          locale,
          ['net.whichTime', 'net.whichTimeOn'],
          onDay(result.alternatives, zone, locale),
          {
            first: firstName(result.meeting.requesterName),
          },
        ),
        buttons: slotButtons('meeting-time', result.meeting.id, result.alternatives, zone, locale),
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
  if (!chosen) return say(translator(ctx.locale)('net.choiceGone'));
  const result = await counterPropose(ctx.em, { ...input(ctx, chosen.target), at: chosen.at });
  if ('refusal' in result) {
    const { refusal } = result;
    return unavailable(ctx.locale, refusal.outcome, 'meeting' in refusal ? refusal.meeting : undefined);
  }
  return requestReply(ctx, result.request);
};
