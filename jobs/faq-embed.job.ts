import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Embedder } from '../core/ports/embedder.js';
import { embedFaq } from '../core/services/faq-library/embed-faq.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** Embeds an FAQ added or edited from Slack, so the bot can match questions to it. */
export const faqEmbedJob = defineJob({
  name: 'faq-embed',
  queue: 'organizer',
  payload: z.object({ faqId: z.uuid() }),
  process: async (deps: { em: EntityManager; embedder: Embedder }, { faqId }) => ({
    embedded: await embedFaq(deps.em.fork(), deps.embedder, faqId),
  }),
});

export const enqueueFaqEmbed = (queues: Queues, faqId: string) => faqEmbedJob.enqueue(queues, { faqId });
