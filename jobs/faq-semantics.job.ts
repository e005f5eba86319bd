import type { EntityManager } from '@mikro-orm/postgresql';
import type { FaqSemantics } from '../core/ports/faq-semantics.js';
import { embedFaqSemantics } from '../core/services/faq/embed-faq-semantics.js';
import { defineJob, noPayload } from './define-job.js';

/** A FAQ imported, added or edited is in the cloud space within a minute; an idle run is one indexed query. */
const FAQ_SEMANTICS_EVERY_MS = 60_000;

/**
 * Embeds FAQs the configured cloud model has not embedded yet (scheduled only with EMBEDDINGS_PROVIDER=openai).
 * A sweep rather than a job per change: it also covers imports from the CLI, a model switch, and a run that
 * failed while OpenAI was down.
 */
export const faqSemanticsJob = defineJob({
  name: 'faq-semantics',
  queue: 'organizer',
  payload: noPayload,
  repeat: { schedulerId: 'faq-semantics', every: FAQ_SEMANTICS_EVERY_MS },
  async process(deps: { em: EntityManager; faqSemantics: FaqSemantics | null }) {
    if (!deps.faqSemantics) return { skipped: 'no cloud embeddings configured' };
    return { embedded: await embedFaqSemantics(deps.em.fork(), deps.faqSemantics) };
  },
});
