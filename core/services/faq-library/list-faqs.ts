import type { EntityManager } from '@mikro-orm/postgresql';
import { Faq } from '../../../db/entities/faq.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface FaqEntry {
  id: string;
  code: string;
  question: string;
  answer: string;
  category: string;
  /** How often the bot answered with it. */
  usageCount: number;
}

const FIELDS = ['id', 'code', 'question', 'answer', 'category', 'usageCount'] as const;

/** The event's FAQ library, by category then code. */
export async function listFaqs(em: EntityManager, eventId: string): Promise<FaqEntry[]> {
  const faqs = await em.find(
    Faq,
    { event: eventId },
    { fields: [...FIELDS], orderBy: { category: 'asc', code: 'asc' } },
  );
  return faqs.map(({ id, code, question, answer, category, usageCount }) => ({
    id,
    code,
    question,
    answer,
    category,
    usageCount,
  }));
}

export async function findFaq(em: EntityManager, eventId: string, code: string): Promise<FaqEntry | null> {
  const row = await kysely(em)
    .selectFrom('Faq')
    .select([...FIELDS])
    .where('event', '=', eventId)
    .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code.trim())])))
    .executeTakeFirst();
  return row ?? null;
}
