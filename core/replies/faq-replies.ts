import type { FaqAnswerTranslations } from '../../db/entities/faq.entity.js';
import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../messages.js';

/**
 * A FAQ's answer in the person's language: the event file's translation for it (`answers.pt`, `answers.es`),
 * else the answer as written. Organizers write FAQ answers themselves, so they are not in the catalogs.
 */
export function faqAnswer(
  faq: { answer: string; answerTranslations: FaqAnswerTranslations | null },
  locale: Locale,
): OutboundMessage {
  const translated = locale === 'en' ? undefined : faq.answerTranslations?.[locale];
  return { kind: 'text', text: translated ?? faq.answer };
}
