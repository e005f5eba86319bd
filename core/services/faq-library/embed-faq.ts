import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { Embedder } from '../../ports/embedder.js';

/** Embeds one FAQ (question + answer, as the import does); a no-op when it is gone or already embedded. */
export async function embedFaq(em: EntityManager, embedder: Embedder, faqId: string): Promise<boolean> {
  const db = kysely(em);
  const faq = await db
    .selectFrom('Faq')
    .select(['question', 'answer'])
    .where('id', '=', faqId)
    .where('embedding', 'is', null)
    .executeTakeFirst();
  if (!faq) return false;
  const [vector] = await embedder.embed([`${faq.question}\n${faq.answer}`]);
  // Only if nobody edited it meanwhile: an edit clears the embedding and queues its own job.
  const stored = await db
    .updateTable('Faq')
    .set({ embedding: vector, embeddingModel: embedder.model })
    .where('id', '=', faqId)
    .where('question', '=', faq.question)
    .where('answer', '=', faq.answer)
    .executeTakeFirst();
  return stored.numUpdatedRows > 0n;
}
