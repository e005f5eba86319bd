import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { Faq } from '../../../db/entities/faq.entity.js';
import { kysely } from '../../../db/kysely.js';

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
    const db = kysely(tx);
    let result: { id: string; code: string } | undefined;
    if (faqId) {
      result = await db
        .updateTable('Faq')
        .set({
          question: draft.question,
          answer: draft.answer,
          category: draft.category,
          embedding: null,
          embeddingModel: null,
          semanticEmbedding: null,
          semanticModel: null,
          updatedAt: sql`now()`,
        })
        .where('id', '=', faqId)
        .where('event', '=', eventId)
        .returning(['id', 'code'])
        .executeTakeFirst();
    } else {
      const base = slug(draft.question);
      const taken = await tx.find(
        Faq,
        { event: eventId, $or: [{ code: base }, { code: { $like: `${base}-%` } }] },
        { fields: ['code'] },
      );
      const codes = new Set(taken.map((t) => t.code));
      let code = base;
      for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
      result = await db
        .insertInto('Faq')
        .values({
          id: randomUUID(),
          event: eventId,
          code,
          question: draft.question,
          answer: draft.answer,
          category: draft.category,
          // Alternative phrasings come from the event file; an FAQ added in Slack starts with none.
          alternatives: [],
          usageCount: 0,
          updatedAt: sql`now()`,
        })
        .returning(['id', 'code'])
        .executeTakeFirst();
    }
    if (result) await touchEvent(tx, eventId);
    return result ?? null;
  });
}

/** Removes an FAQ by code; true when there was one. */
export async function removeFaq(em: EntityManager, eventId: string, code: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const removed = await kysely(tx)
      .deleteFrom('Faq')
      .where('event', '=', eventId)
      .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code.trim())])))
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) return false;
    await touchEvent(tx, eventId);
    return true;
  });
}

/** A newer `updated_at` makes the understanding reload the event's catalog, FAQs included. */
async function touchEvent(em: EntityManager, eventId: string): Promise<void> {
  await kysely(em)
    .updateTable('Event')
    .set({ updatedAt: sql`now()` })
    .where('id', '=', eventId)
    .executeTakeFirst();
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
