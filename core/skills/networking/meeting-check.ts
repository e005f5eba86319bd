import { formatSlotIn } from '../../i18n/format-event-day.js';
import { translator } from '../../i18n/translate.js';
import type { Button } from '../../messages.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { findMatches } from '../../services/networking/find-matches.js';
import { matchReasonWords } from '../../services/networking/match-reason-words.js';
import { nearestFreeSlots } from '../../services/networking/meeting-slots.js';
import { firstName, loadBusy, loadNetworkingSettings } from '../../services/networking/meeting-store.js';
import { recordMet } from '../../services/networking/record-met.js';
import { needsAttendee, say, slotButtons } from './networking-replies.js';

/** "Did you meet Bob?" Yes / No (`act:met-yes:<meeting id>`, `act:met-no:<meeting id>`). */
function answer(met: boolean): Skill {
  return async (ctx) => {
    const refusal = needsAttendee(ctx);
    if (refusal) return refusal;
    const t = translator(ctx.locale);
    const result = await recordMet(ctx.em, {
      meetingId: ctx.action?.arg ?? '',
      attendeeId: ctx.attendee!.id,
      met,
      now: ctx.now,
    });
    if (result.outcome === 'not_found') return say(t('net.meetingGone'));
    if (result.outcome === 'too_early') return say(t('net.tooEarly'));
    const name = firstName(result.otherName);
    if (met) {
      return say(
        result.bothConfirmed ? t('net.bothMet', { first: name }) : t('net.metNoted', { first: name }),
      );
    }
    return standbyOffer(ctx, t('net.noShow', { first: name }));
  };
}

/**
 * After a no-show: a standby match — the best suggestion now, at the nearest slot free for both — one tap
 * away (the tap sends the request), or other suggestions.
 */
async function standbyOffer(ctx: SkillContext, sorry: string): Promise<SkillResult> {
  const { locale } = ctx;
  const t = translator(locale);
  const others: Button = { id: 'intent:find_matches', title: t('net.otherSuggestions') };
  const elsewhere = t('net.findSomeoneElse', { sorry });
  const [next] = await findMatches(ctx.em, { eventId: ctx.event.id, attendeeId: ctx.attendee!.id, limit: 1 });
  if (!next) return { replies: [{ kind: 'buttons', text: elsewhere, buttons: [others] }] };
  const zone = ctx.event.timezone;
  const [slot] = nearestFreeSlots(await loadNetworkingSettings(ctx.em, ctx.event), zone, {
    people: [ctx.attendee!.id, next.attendeeId],
    busy: await loadBusy(ctx.em, ctx.event.id, ctx.now),
    now: ctx.now,
    limit: 1,
  });
  if (!slot) return { replies: [{ kind: 'buttons', text: elsewhere, buttons: [others] }] };
  const [ask] = slotButtons('meeting-slot', next.attendeeId, [slot], zone, locale);
  return {
    replies: [
      {
        kind: 'buttons',
        text: t('net.standby', {
          sorry,
          name: next.name,
          slot: formatSlotIn(slot, zone, locale),
          reason: matchReasonWords(next.reason, firstName(next.name), locale, { midSentence: true }),
        }),
        buttons: [{ id: ask!.id, title: t('net.ask', { first: firstName(next.name) }).slice(0, 20) }, others],
      },
    ],
  };
}

export const metYes = answer(true);
export const metNo = answer(false);
