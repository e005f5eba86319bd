import { translate } from '../i18n/translate.js';
import type { Skill } from '../router/skill.js';
import { setOptOut } from '../services/contacts/set-opt-out.js';

/** STOP: no more proactive messages (offers, reminders, broadcasts). Replies to the person's own messages continue. */
export const optOut: Skill = async (ctx) => {
  await setOptOut(ctx.em, ctx.contact.id, true);
  return { replies: [{ kind: 'text', text: translate(ctx.locale, 'optOut.done') }] };
};

/** START / UNSTOP: proactive messages allowed again. */
export const optIn: Skill = async (ctx) => {
  await setOptOut(ctx.em, ctx.contact.id, false);
  return { replies: [{ kind: 'text', text: translate(ctx.locale, 'optIn.done') }] };
};
