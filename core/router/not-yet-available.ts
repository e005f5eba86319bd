import type { Intent } from '../nlu/label-schema.js';
import { menuButtons } from '../replies/menu.js';
import type { Skill } from './skill.js';

const comingSoon: Partial<Record<Intent, string>> = {
  checkin: 'Check-in in chat',
  sponsor_interest: 'Connecting you with sponsors',
  forget_me: 'Deleting your data from chat',
};

/** The honest answer for intents whose skill has not shipped: never a fake success. */
export const notYetAvailable: Skill = async (ctx) => {
  const what = comingSoon[ctx.understood.intent] ?? 'That';
  return {
    replies: [
      {
        kind: 'buttons',
        text: `${what} isn't available yet — it's coming soon. Meanwhile I can answer questions about ${ctx.event.name}, show the agenda, or put you in touch with the team.`,
        buttons: menuButtons,
      },
    ],
  };
};
