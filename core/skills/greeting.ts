import { helpMenu } from '../replies/menu.js';
import type { Skill } from '../router/skill.js';

export const greeting: Skill = async (ctx) => {
  const name = ctx.attendee?.name.split(' ')[0] ?? ctx.contact.displayName?.split(' ')[0];
  const hello = name ? `Hi ${name}! 👋` : 'Hi there! 👋';
  const intro = ctx.attendee
    ? `I'm the ${ctx.event.name} assistant.`
    : `I'm the ${ctx.event.name} assistant. Welcome — I don't have a ticket on file for this number yet, but I can still help.`;
  return { replies: [{ kind: 'text', text: `${hello} ${intro}` }, helpMenu(ctx.event.name)] };
};
