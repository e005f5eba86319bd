import { menuButtons } from '../replies/menu.js';
import type { Skill } from './skill.js';

/**
 * The answer for an intent without a skill. Every intent has one today (tests/unit/router/skill-coverage.test.ts);
 * this keeps a new intent added to the NLU from faking success before its skill ships.
 */
export const notYetAvailable: Skill = async (ctx) => ({
  replies: [
    {
      kind: 'buttons',
      text: `That isn't available yet — it's coming soon. Meanwhile I can answer questions about ${ctx.event.name}, show the agenda, or put you in touch with the team.`,
      buttons: menuButtons,
    },
  ],
});
