import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { withdrawnLeadNote } from '../core/replies/lead-notes.js';
import { redactPendingCards } from '../core/services/leads/card-redactions.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/**
 * Someone withdrew consent (or was forgotten): their lead cards in sponsors' channels are redacted. The
 * pending redactions live in Postgres, so the job redacts every pending card, not only this lead's.
 */
export const leadWithdrawnJob = defineJob({
  name: 'lead-withdrawn',
  queue: 'leads',
  payload: z.object({ leadId: z.uuid() }),
  process: async (deps: { em: EntityManager; chat: OrganizerChat | null }) => ({
    redacted: await redactPendingCards(deps, withdrawnLeadNote),
  }),
});

export const enqueueLeadWithdrawn = (queues: Queues, leadId: string) =>
  leadWithdrawnJob.enqueue(queues, { leadId });
