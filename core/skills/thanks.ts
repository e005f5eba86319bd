import { translate } from '../i18n/translate.js';
import type { Skill } from '../router/skill.js';

export const thanks: Skill = async (ctx) => ({
  replies: [{ kind: 'text', text: translate(ctx.locale, 'thanks.reply') }],
});
