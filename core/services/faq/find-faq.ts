import type { EntityManager } from '@mikro-orm/postgresql';
import { Faq, type FaqAnswerTranslations } from '../../../db/entities/faq.entity.js';

/** One FAQ of an event by its code (the id the NLU links), or null. */
export async function findFaq(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<{ code: string; answer: string; answerTranslations: FaqAnswerTranslations | null } | null> {
  const faq = await em.findOne(
    Faq,
    { event: eventId, code },
    { fields: ['code', 'answer', 'answerTranslations'] },
  );
  return faq
    ? { code: faq.code, answer: faq.answer, answerTranslations: faq.answerTranslations ?? null }
    : null;
}
