import { menuButtons } from '../replies/menu.js';
import type { Skill } from '../router/skill.js';

/** A message we could not place: say so plainly and show what we can do (the router counts these). */
export const outOfScope: Skill = async (ctx) => ({
  replies: [
    {
      kind: 'buttons',
      text: `Sorry, I didn't understand that. I can help with ${ctx.event.name}: the agenda, practical questions (Wi-Fi, parking, food…), or reaching the team.`,
      buttons: menuButtons,
    },
  ],
  misunderstood: true,
});
