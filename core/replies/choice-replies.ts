import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';

/**
 * An answer outside the choices we offered ("7" after three): the same question again, with its choices,
 * instead of "I didn't understand". Three choices render as buttons; more as a list, as the skills do.
 */
export function askChoiceAgain(
  choices: Button[],
  prompt: string | undefined,
  locale: Locale,
): OutboundMessage {
  const t = translator(locale);
  const pick = t('fallback.pickOne', { count: choices.length });
  const text = prompt ? `${pick} ${prompt}` : pick;
  return choices.length <= 3
    ? { kind: 'buttons', text, buttons: choices }
    : { kind: 'list', text, buttonText: t('fallback.choices'), items: choices };
}
