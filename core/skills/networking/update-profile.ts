import { translator } from '../../i18n/translate.js';
import type { Skill } from '../../router/skill.js';
import { isEmptyUpdate, readProfileUpdate } from '../../services/networking/read-profile-update.js';
import { updateProfile } from '../../services/networking/update-profile.js';
import { needsAttendee, say } from './networking-replies.js';

/**
 * "I'm a CTO into Kubernetes and Postgres, looking to hire" / "hide my profile": updates the profile and
 * reads back what it understood, so a misreading is visible at once. The embedding follows in a job.
 */
export const updateProfileSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const t = translator(ctx.locale);
  const update = readProfileUpdate(ctx.text, ctx.understood.slots.interests ?? []);
  if (isEmptyUpdate(update)) {
    return say(t('net.tellMe'));
  }
  const p = await updateProfile(ctx.em, { eventId: ctx.event.id, attendeeId: ctx.attendee!.id, update });
  const understood = [
    update.role ? t('net.role', { value: p.role ?? '' }) : '',
    update.company ? t('net.company', { value: p.company ?? '' }) : '',
    update.interests.length > 0 ? t('net.interests', { value: update.interests.join(', ') }) : '',
    update.goals.length > 0 ? t('net.goals', { value: update.goals.join('; ') }) : '',
  ].filter(Boolean);
  const visibility =
    p.visibility === 'hidden' ? t('net.hidden') : update.visibility === 'public' ? t('net.visible') : '';
  const text = [understood.length > 0 ? t('net.noted', { items: understood.join(' · ') }) : '', visibility]
    .filter(Boolean)
    .join('\n');
  return {
    replies: [
      {
        kind: 'buttons',
        text,
        buttons: [{ id: 'intent:find_matches', title: t('net.whoShouldIMeet') }],
      },
    ],
    followUps: [{ kind: 'profile-changed', eventId: ctx.event.id, attendeeId: ctx.attendee!.id }],
  };
};
