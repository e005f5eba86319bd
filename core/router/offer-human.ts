import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { confirmButtons } from '../replies/menu.js';
import type { SkillResult } from './skill.js';

/** Asks whether a person from the team should take over; "yes" reaches the talk_to_human skill. */
export function offerHuman(text: string, now: Date, locale: Locale = 'en', yes?: string): SkillResult {
  return {
    replies: [
      {
        kind: 'buttons',
        text,
        buttons: confirmButtons(
          yes ?? translate(locale, 'human.offer.yes'),
          translate(locale, 'human.offer.no'),
        ),
      },
    ],
    pending: { intent: 'talk_to_human', slots: {}, awaiting: 'confirm', askedAt: now.toISOString() },
  };
}
