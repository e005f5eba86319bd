import type { Skill } from '../../router/skill.js';
import { firstName } from '../../services/networking/meeting-store.js';
import { recordMet } from '../../services/networking/record-met.js';
import { needsAttendee, say } from './networking-replies.js';

/** "Did you meet Bob?" Yes / No (`act:met-yes:<meeting id>`, `act:met-no:<meeting id>`). */
function answer(met: boolean): Skill {
  return async (ctx) => {
    const refusal = needsAttendee(ctx);
    if (refusal) return refusal;
    const result = await recordMet(ctx.em, {
      meetingId: ctx.action?.arg ?? '',
      attendeeId: ctx.attendee!.id,
      met,
      now: ctx.now,
    });
    if (result.outcome === 'not_found') return say("I can't find that meeting any more.");
    if (result.outcome === 'too_early')
      return say("That meeting hasn't started yet — ask me again afterwards.");
    const name = firstName(result.otherName);
    if (met) {
      return say(
        result.bothConfirmed
          ? `Great — you and ${name} both confirmed you met. 🤝`
          : `Great, noted! I'll record it once ${name} confirms too.`,
      );
    }
    // The standby offer: another suggestion for a later slot, one tap away.
    return {
      replies: [
        {
          kind: 'buttons',
          text: `Sorry ${name} didn't make it — I've noted it. Shall I find someone else for a later slot?`,
          buttons: [{ id: 'intent:find_matches', title: 'Find someone else' }],
        },
      ],
    };
  };
}

export const metYes = answer(true);
export const metNo = answer(false);
