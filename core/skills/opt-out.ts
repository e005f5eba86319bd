import type { Skill } from '../router/skill.js';
import { setOptOut } from '../services/contacts/set-opt-out.js';

/** STOP: no more proactive messages (offers, reminders, broadcasts). Replies to the person's own messages continue. */
export const optOut: Skill = async (ctx) => {
  await setOptOut(ctx.em, ctx.contact.id, true);
  return {
    replies: [
      {
        kind: 'text',
        text: "Done — you won't get any more updates or offers from us. I'll still answer when you write to me. Send START to turn updates back on.",
      },
    ],
  };
};

/** START / UNSTOP: proactive messages allowed again. */
export const optIn: Skill = async (ctx) => {
  await setOptOut(ctx.em, ctx.contact.id, false);
  return {
    replies: [
      {
        kind: 'text',
        text: 'Welcome back — updates and offers are on again. Send STOP any time to pause them.',
      },
    ],
  };
};
