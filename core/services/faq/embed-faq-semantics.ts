import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { FaqSemantics } from '../../ports/faq-semantics.js';

/** One request's worth: OpenAI takes many inputs per call, and a library has tens of FAQs. */
const BATCH = 64;

/** The text a FAQ is known by in the cloud space: how people ask it, then what it answers. */
export const faqSemanticText = (faq: { question: string; alternatives: string[]; answer: string }) =>
  [faq.question, ...faq.alternatives, faq.answer].join('\n');

/**
 * Embeds FAQs that have no vector from the configured cloud model yet (imported, added from Slack, edited, or
 * embedded by another model), a batch at a time. A FAQ edited meanwhile is left for the next run, as its
 * text changed. Returns how many were stored.
 */
export async function embedFaqSemantics(em: EntityManager, semantics: FaqSemantics): Promise<number> {
  const db = kysely(em);
  const faqs = await db
    .selectFrom('Faq')
    .select(['id', 'question', 'alternatives', 'answer'])
    .where((eb) => eb.or([eb('semanticModel', 'is', null), eb('semanticModel', '!=', semantics.model)]))
    .orderBy('updatedAt')
    .limit(BATCH)
    .execute();
  if (faqs.length === 0) return 0;
  const vectors = await semantics.embedDocuments(faqs.map(faqSemanticText));
  let stored = 0;
  for (const [i, faq] of faqs.entries()) {
    const result = await db
      .updateTable('Faq')
      .set({ semanticEmbedding: vectors[i]!, semanticModel: semantics.model })
      .where('id', '=', faq.id)
      .where('question', '=', faq.question)
      .where('answer', '=', faq.answer)
      .executeTakeFirst();
    if (result.numUpdatedRows > 0n) stored++;
  }
  return stored;
}
