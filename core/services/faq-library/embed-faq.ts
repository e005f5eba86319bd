import type { EntityManager } from '@mikro-orm/postgresql';
import type { Embedder } from '../../ports/embedder.js';

/** Embeds one FAQ (question + answer, as the import does); a no-op when it is gone or already embedded. */
export async function embedFaq(em: EntityManager, embedder: Embedder, faqId: string): Promise<boolean> {
  const [faq] = await em.execute<{ question: string; answer: string }[]>(
    'select question, answer from faq_library where id = ? and embedding is null',
    [faqId],
  );
  if (!faq) return false;
  const [vector] = await embedder.embed([`${faq.question}\n${faq.answer}`]);
  const rows = await em.execute<{ id: string }[]>(
    `update faq_library set embedding = ?::vector, embedding_model = ? where id = ? and question = ? and answer = ?
     returning id`,
    [JSON.stringify(vector), embedder.model, faqId, faq.question, faq.answer],
  );
  return rows.length > 0;
}
