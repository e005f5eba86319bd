import { translator } from '../i18n/translate.js';
import { helpMenu } from '../replies/menu.js';
import type { Skill } from '../router/skill.js';

export const greeting: Skill = async (ctx) => {
  const t = translator(ctx.locale);
  const name = ctx.attendee?.name.split(' ')[0] ?? ctx.contact.displayName?.split(' ')[0];
  const hello = name ? t('greeting.hello', { name }) : t('greeting.helloThere');
  const intro = t(ctx.attendee ? 'greeting.attendee' : 'greeting.stranger', { event: ctx.event.name });
  return { replies: [{ kind: 'text', text: `${hello} ${intro}` }, helpMenu(ctx.event.name, ctx.locale)] };
};
