import { translate } from '../i18n/translate.js';
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
      text: translate(ctx.locale, 'fallback.notYetAvailable', { event: ctx.event.name }),
      buttons: menuButtons(ctx.locale),
    },
  ],
});
