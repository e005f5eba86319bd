import type { EntityManager } from '@mikro-orm/postgresql';

export interface FaqEntry {
  id: string;
  code: string;
  question: string;
  answer: string;
  category: string;
}

/** The event's FAQ library, by category then code. */
export async function listFaqs(em: EntityManager, eventId: string): Promise<FaqEntry[]> {
  return em.execute<FaqEntry[]>(
    'select id, code, question, answer, category from faq_library where event_id = ? order by category, code',
    [eventId],
  );
}

export async function findFaq(em: EntityManager, eventId: string, code: string): Promise<FaqEntry | null> {
  const [row] = await em.execute<FaqEntry[]>(
    'select id, code, question, answer, category from faq_library where event_id = ? and lower(code) = lower(?)',
    [eventId, code.trim()],
  );
  return row ?? null;
}
