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
  const update = readProfileUpdate(ctx.text, ctx.understood.slots.interests ?? []);
  if (isEmptyUpdate(update)) {
    return say(
      `Tell me about yourself and who you'd like to meet — e.g. "I'm a CTO into Kubernetes and Postgres, looking to hire". You can also say "hide my profile".`,
    );
  }
  const p = await updateProfile(ctx.em, { eventId: ctx.event.id, attendeeId: ctx.attendee!.id, update });
  const understood = [
    update.role ? `role: ${p.role}` : '',
    update.company ? `company: ${p.company}` : '',
    update.interests.length > 0 ? `interests: ${update.interests.join(', ')}` : '',
    update.goals.length > 0 ? `looking to: ${update.goals.join('; ')}` : '',
  ].filter(Boolean);
  const visibility =
    p.visibility === 'hidden'
      ? 'Your profile is hidden: I won\'t suggest you to anyone (say "show my profile" to undo).'
      : update.visibility === 'public'
        ? 'Your profile is visible again for matchmaking.'
        : '';
  const text = [understood.length > 0 ? `Got it — I've noted ${understood.join(' · ')}.` : '', visibility]
    .filter(Boolean)
    .join('\n');
  return {
    replies: [
      {
        kind: 'buttons',
        text,
        buttons: [{ id: 'intent:find_matches', title: 'Who should I meet?' }],
      },
    ],
    followUps: [{ kind: 'profile-changed', eventId: ctx.event.id, attendeeId: ctx.attendee!.id }],
  };
};
