import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface FaqDraft {
  question: string;
  answer: string;
  category: string;
}

/**
 * Adds an FAQ (code made from the question) or edits one, in one transaction. The embedding is cleared
 * (full-text search still finds it) until the embed job fills it in; touching the event reloads the
 * catalog the understanding uses.
 */
export async function saveFaq(
  em: EntityManager,
  eventId: string,
  draft: FaqDraft,
  faqId?: string,
): Promise<{ id: string; code: string } | null> {
  return em.transactional(async (tx) => {
    let result: { id: string; code: string } | undefined;
    if (faqId) {
      [result] = await tx.execute<{ id: string; code: string }[]>(
        `update faq_library set question = ?, answer = ?, category = ?, embedding = null, embedding_model = null,
           updated_at = now() where id = ? and event_id = ? returning id, code`,
        [draft.question, draft.answer, draft.category, faqId, eventId],
      );
    } else {
      const base = slug(draft.question);
      const taken = await tx.execute<{ code: string }[]>(
        `select code from faq_library where event_id = ? and (code = ? or code like ?)`,
        [eventId, base, `${base}-%`],
      );
      const codes = new Set(taken.map((t) => t.code));
      let code = base;
      for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
      [result] = await tx.execute<{ id: string; code: string }[]>(
        `insert into faq_library (id, event_id, code, question, answer, category, updated_at)
         values (?, ?, ?, ?, ?, ?, now()) returning id, code`,
        [randomUUID(), eventId, code, draft.question, draft.answer, draft.category],
      );
    }
    if (result) await tx.execute('update events set updated_at = now() where id = ?', [eventId]);
    return result ?? null;
  });
}

/** Removes an FAQ by code; true when there was one. */
export async function removeFaq(em: EntityManager, eventId: string, code: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const removed = await tx.execute<{ id: string }[]>(
      'delete from faq_library where event_id = ? and lower(code) = lower(?) returning id',
      [eventId, code.trim()],
    );
    if (removed.length > 0) await tx.execute('update events set updated_at = now() where id = ?', [eventId]);
    return removed.length > 0;
  });
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-') || 'faq';
