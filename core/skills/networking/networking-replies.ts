import { DateTime } from 'luxon';
import type { Button, OutboundMessage } from '../../messages.js';
import type { FollowUp, SkillContext, SkillResult } from '../../router/skill.js';
import { formatSlot, type Slot, shortSlot } from '../../services/networking/meeting-slots.js';
import { firstName } from '../../services/networking/meeting-store.js';
import type { RequestOutcome } from '../../services/networking/request-meeting.js';

export const say = (text: string, extra: Partial<SkillResult> = {}): SkillResult => ({
  replies: [{ kind: 'text', text }],
  ...extra,
});

/** Networking is for the event's attendees: people who only chatted have no profile to match. */
export function needsAttendee(ctx: SkillContext): SkillResult | null {
  if (ctx.attendee) return null;
  return say(
    `Matchmaking and meetings are for attendees of ${ctx.event.name}. Once you have a ticket, say "who should I meet?".`,
  );
}

/** Slot choices as buttons (≤ 3, titles ≤ 20 characters): `act:<action>:<target>:<start in epoch minutes>`. */
export function slotButtons(action: string, target: string, slots: Slot[], zone: string): Button[] {
  return slots.slice(0, 3).map((s) => ({
    id: `act:${action}:${target}:${Math.round(s.startsAt.getTime() / 60_000)}`,
    title: shortSlot(s, zone, slots[0]?.startsAt),
  }));
}

/** " on Thu 10 Dec" when every slot is on one day (the buttons then show times only), else "". */
export function onDay(slots: Slot[], zone: string): string {
  const days = new Set(slots.map((s) => DateTime.fromJSDate(s.startsAt, { zone }).toFormat('ccc d LLL')));
  return days.size === 1 ? ` on ${[...days][0]}` : '';
}

/** The slot a slot button carries (epoch minutes), or null when the argument is malformed. */
export function slotFromArg(arg: string): { target: string; at: Date } | null {
  const [target, minutes] = arg.split(':');
  const n = Number(minutes);
  if (!target || !Number.isInteger(n) || n <= 0) return null;
  return { target, at: new Date(n * 60_000) };
}

export const deliverFollowUp = (outboxIds: string[]): FollowUp[] =>
  outboxIds.length > 0 ? [{ kind: 'deliver', outboxIds }] : [];

/** What to say for each outcome of a meeting request. */
export function requestReply(ctx: SkillContext, result: RequestOutcome): SkillResult {
  const zone = ctx.event.timezone;
  const pick = (text: string, inviteeId: string, slots: Slot[]): SkillResult => {
    if (slots.length === 0)
      return say(`${text} I couldn't find a free slot for you both during networking hours, sorry.`);
    const message: OutboundMessage = {
      kind: 'buttons',
      text: `${text} Pick a time${onDay(slots, zone)} and I'll send the request:`,
      buttons: slotButtons('meeting-slot', inviteeId, slots, zone),
    };
    return { replies: [message] };
  };
  switch (result.outcome) {
    case 'requested':
      return {
        replies: [
          {
            kind: 'text',
            text: `📨 I've asked ${result.invitee.name} to meet you on ${formatSlot(result.slot, zone)}. I'll let you know when ${firstName(result.invitee.name)} answers (if there's no answer by ${shortSlot({ startsAt: result.expiresAt, endsAt: result.expiresAt }, zone)}, the request lapses).`,
          },
        ],
        followUps: [
          ...deliverFollowUp(result.outboxIds),
          {
            kind: 'meeting-timers',
            meetingId: result.meetingId,
            at: [{ job: 'expire', due: result.expiresAt.toISOString() }],
          },
        ],
      };
    case 'choose_time':
      return pick(
        `When would you like to meet ${firstName(result.invitee.name)}?`,
        result.invitee.id,
        result.alternatives,
      );
    case 'busy':
      return pick(
        `That time doesn't work: one of you already has a meeting or request then, or every table is taken.`,
        result.invitee.id,
        result.alternatives,
      );
    case 'outside_hours':
      return pick(`That's outside the networking hours.`, result.invitee.id, result.alternatives);
    case 'past':
      return pick(`That time has already passed.`, result.invitee.id, result.alternatives);
    case 'already_pending':
      return say(
        `There's already a pending meeting request between you and ${result.invitee.name} (${formatSlot(result.slot, zone)}). Say "my meetings" to see it.`,
      );
    case 'self':
      return say("That's you! Who else would you like to meet?");
    case 'not_found':
      return say(
        `I couldn't find that person among the attendees of ${ctx.event.name}. Try their full name?`,
      );
  }
}
