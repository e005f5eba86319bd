import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { handoffRootNote } from '../core/replies/organizer-notes.js';
import { attachSlackThread } from '../core/services/handoffs/attach-slack-thread.js';
import { loadHandoffSummary } from '../core/services/handoffs/load-handoff-summary.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** Posts a new handoff's thread in the handoff channel (once: the thread's ts is stored on the handoff). */
export const handoffOpenedJob = defineJob({
  name: 'handoff-opened',
  queue: 'organizer',
  payload: z.object({ handoffId: z.uuid() }),
  options: ({ handoffId }) => ({ jobId: `opened-${handoffId}` }),
  async process(
    deps: { em: EntityManager; chat: OrganizerChat | null; handoffChannel: string | null },
    { handoffId },
  ) {
    if (!deps.chat || !deps.handoffChannel) return { skipped: 'slack not configured' };
    const em = deps.em.fork();
    const summary = await loadHandoffSummary(em, handoffId);
    if (!summary || summary.slackThreadTs) return { skipped: 'already posted' };
    const posted = await deps.chat.post(deps.handoffChannel, handoffRootNote(summary));
    await attachSlackThread(em, handoffId, posted);
    return { posted: posted.ts };
  },
});

export const enqueueHandoffOpened = (queues: Queues, handoffId: string) =>
  handoffOpenedJob.enqueue(queues, { handoffId });
