import { translator } from '../../i18n/translate.js';
import { isUuid } from '../../is-uuid.js';
import type { Skill } from '../../router/skill.js';
import { findAttendeeByPerson } from '../../services/networking/find-attendee-by-person.js';
import { requestMeeting } from '../../services/networking/request-meeting.js';
import { needsAttendee, requestReply, say, slotFromArg } from './networking-replies.js';

/** "Meet Bob at 3pm": the person and the time (event zone, networking hours); asks for what is missing. */
export const requestMeetingSkill: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const { person, time, date } = ctx.understood.slots;
  if (!person) {
    return {
      ...say(translator(ctx.locale)('net.whoToMeet')),
      pending: {
        intent: 'request_meeting',
        slots: ctx.understood.slots,
        awaiting: 'person',
        askedAt: ctx.now.toISOString(),
      },
    };
  }
  const inviteeId = await findAttendeeByPerson(ctx.em, ctx.event.id, person);
  if (!inviteeId) return say(translator(ctx.locale)('net.notFound', { event: ctx.event.name }));
  const result = await requestMeeting(ctx.em, {
    event: ctx.event,
    requesterId: ctx.attendee!.id,
    inviteeId,
    ...(time ? { time } : {}),
    ...(date ? { date } : {}),
    now: ctx.now,
    templates: ctx.meetingTemplates,
  });
  return requestReply(ctx, result);
};

/** A proposed slot tapped (`act:meeting-slot:<invitee>:<epoch minutes>`): sends the request for it. */
export const requestSlot: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const chosen = slotFromArg(ctx.action?.arg ?? '');
  if (!chosen || !isUuid(chosen.target)) return say(translator(ctx.locale)('net.choiceGone'));
  const result = await requestMeeting(ctx.em, {
    event: ctx.event,
    requesterId: ctx.attendee!.id,
    inviteeId: chosen.target,
    at: chosen.at,
    now: ctx.now,
    templates: ctx.meetingTemplates,
  });
  return requestReply(ctx, result);
};
