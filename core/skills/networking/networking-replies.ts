import { buttonTime, formatSlotIn, shortDay } from '../../i18n/format-event-day.js';
import type { Locale } from '../../i18n/locale.js';
import { type MessageId, translator } from '../../i18n/translate.js';
import type { Button, OutboundMessage } from '../../messages.js';
import type { FollowUp, SkillContext, SkillResult } from '../../router/skill.js';
import type { Slot } from '../../services/networking/meeting-slots.js';
import { firstName } from '../../services/networking/meeting-store.js';
import type { RequestOutcome } from '../../services/networking/request-meeting.js';

/** Reply wording shared by the networking skills (words in core/i18n/catalogs/networking). */

export const say = (text: string, extra: Partial<SkillResult> = {}): SkillResult => ({
  replies: [{ kind: 'text', text }],
  ...extra,
});

/** Networking is for the event's attendees: people who only chatted have no profile to match. */
export function needsAttendee(ctx: SkillContext): SkillResult | null {
  if (ctx.attendee) return null;
  return say(translator(ctx.locale)('net.needsAttendee', { event: ctx.event.name }));
}

/** Slot choices as buttons (≤ 3, titles ≤ 20 characters): `act:<action>:<target>:<start in epoch minutes>`. */
export function slotButtons(
  action: string,
  target: string,
  slots: Slot[],
  zone: string,
  locale: Locale,
): Button[] {
  return slots.slice(0, 3).map((s) => ({
    id: `act:${action}:${target}:${Math.round(s.startsAt.getTime() / 60_000)}`,
    title: buttonTime(s.startsAt, zone, locale, slots[0]?.startsAt),
  }));
}

/** The day every slot is on (the buttons then show times only), or null when they span several days. */
export function onDay(slots: Slot[], zone: string, locale: Locale): string | null {
  const days = new Set(slots.map((s) => shortDay(s.startsAt, zone, locale)));
  return days.size === 1 ? [...days][0]! : null;
}

/** A message with an optional day: `id` without it, `onId` with `{day}` when all the choices share one. */
export function withDay(
  locale: Locale,
  [id, onId]: [MessageId, MessageId],
  day: string | null,
  values: Record<string, string>,
): string {
  const t = translator(locale);
  return day ? t(onId, { ...values, day }) : t(id, values);
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
  const { locale } = ctx;
  const t = translator(locale);
  const pick = (intro: string, inviteeId: string, slots: Slot[]): SkillResult => {
    if (slots.length === 0) return say(t('net.noSlotBoth', { intro }));
    const message: OutboundMessage = {
      kind: 'buttons',
      text: withDay(locale, ['net.pickTime', 'net.pickTimeOn'], onDay(slots, zone, locale), { intro }),
      buttons: slotButtons('meeting-slot', inviteeId, slots, zone, locale),
    };
    return { replies: [message] };
  };
  switch (result.outcome) {
    case 'requested':
      return {
        replies: [
          {
            kind: 'text',
            text: t('net.requested', {
              name: result.invitee.name,
              slot: formatSlotIn(result.slot, zone, locale),
              first: firstName(result.invitee.name),
              deadline: buttonTime(result.expiresAt, zone, locale),
            }),
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
        t('net.chooseTime', { first: firstName(result.invitee.name) }),
        result.invitee.id,
        result.alternatives,
      );
    case 'busy':
      return pick(t('net.busy'), result.invitee.id, result.alternatives);
    case 'outside_hours':
      return pick(t('net.outsideHours'), result.invitee.id, result.alternatives);
    case 'past':
      return pick(t('net.timePassed'), result.invitee.id, result.alternatives);
    case 'already_pending':
      return say(
        t('net.alreadyPending', { name: result.invitee.name, slot: formatSlotIn(result.slot, zone, locale) }),
      );
    case 'self':
      return say(t('net.self'));
    case 'not_found':
      return say(t('net.notFoundTry', { event: ctx.event.name }));
  }
}
