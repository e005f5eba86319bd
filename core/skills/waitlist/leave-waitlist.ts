import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { ListItem } from '../../messages.js';
import type { Skill, SkillResult } from '../../router/skill.js';
import { leaveWaitlist } from '../../services/waitlist/leave-waitlist.js';
import { type ActiveEntry, findActiveEntries } from '../../services/waitlist/waitlist-position.js';
import { buttonTitle } from './waitlist-replies.js';

/**
 * "Leave the waiting list" (one message, no confirmation: joining again is as easy) and the
 * `act:leave-waitlist:<entry id>` buttons we show when someone is on several lists. Leaving with an open
 * offer passes it, and the seats are offered to the next person.
 */
export const leaveWaitlistSkill: Skill = async (ctx) => {
  const t = translator(ctx.locale);
  const entries = await findActiveEntries(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (entries.length === 0) return say(t('waitlist.leave.nothing'));
  const tier = ctx.understood.slots.tier;
  let chosen: ActiveEntry | undefined;
  if (ctx.action) {
    chosen = entries.find((e) => e.id === ctx.action?.arg);
    if (!chosen) return say(t('waitlist.leave.gone'));
  } else if (tier) {
    chosen = entries.find((e) => e.tierCode === tier);
    if (!chosen) return askWhich(entries, ctx.locale, true);
  } else if (entries.length === 1) {
    chosen = entries[0];
  }
  if (!chosen) return askWhich(entries, ctx.locale);

  const result = await leaveWaitlist(ctx.em, {
    eventId: ctx.event.id,
    contactId: ctx.contact.id,
    entryId: chosen.id,
    now: ctx.now,
  });
  if (result.outcome === 'not_found') return say(t('waitlist.leave.gone'));
  const text = result.released
    ? t('waitlist.leave.doneReleased', { tier: chosen.tierName, seats: result.released.seats })
    : t('waitlist.leave.done', { tier: chosen.tierName });
  return {
    replies: [{ kind: 'text', text }],
    ...(result.released
      ? { followUps: [{ kind: 'offer-freed-seats' as const, tierId: result.released.tierId }] }
      : {}),
  };
};

const say = (text: string): SkillResult => ({ replies: [{ kind: 'text', text }] });

function askWhich(entries: ActiveEntry[], locale: Locale, notOnThat = false): SkillResult {
  const t = translator(locale);
  const prompt = t(notOnThat ? 'waitlist.leave.notOnThat' : 'waitlist.leave.which');
  const choices = entries.map((e) => ({ id: `act:leave-waitlist:${e.id}`, title: buttonTitle(e.tierName) }));
  if (choices.length <= 3) return { replies: [{ kind: 'buttons', text: prompt, buttons: choices }] };
  const items: ListItem[] = choices.slice(0, 10);
  return { replies: [{ kind: 'list', text: prompt, buttonText: t('waitlist.leave.lists'), items }] };
}
