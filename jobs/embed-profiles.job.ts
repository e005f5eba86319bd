import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Embedder } from '../core/ports/embedder.js';
import { embedProfiles } from '../core/services/networking/embed-profiles.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** Embeds attendees' profiles for matchmaking (the given ones, or the whole event's; unchanged are skipped). */
export const embedProfilesJob = defineJob({
  name: 'embed-profiles',
  queue: 'networking',
  payload: z.object({ eventId: z.string(), attendeeIds: z.array(z.uuid()).optional() }),
  process: (deps: { em: EntityManager; embedder: Embedder }, { eventId, attendeeIds }) =>
    embedProfiles(deps.em.fork(), deps.embedder, { eventId, ...(attendeeIds ? { attendeeIds } : {}) }),
});

/** A changed profile is re-embedded (no job id: a change during a running job must still be embedded). */
export const enqueueEmbedProfiles = (queues: Queues, eventId: string, attendeeIds?: string[]) =>
  embedProfilesJob.enqueue(queues, { eventId, attendeeIds });
