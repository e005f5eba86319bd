import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { csatQuestion } from '../core/replies/feedback-replies.js';
import { resolvedRootNote } from '../core/replies/organizer-notes.js';
import { askCsatAfterHandoff } from '../core/services/csat/ask-csat.js';
import { loadHandoffSummary } from '../core/services/handoffs/load-handoff-summary.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/**
 * After a handoff is resolved: asks the person "Did we solve it? 👍/👎" once (core/services/csat), then marks
 * the thread resolved — the root message updated, and a note that the bot is back.
 */
export const handoffResolvedJob = defineJob({
  name: 'handoff-resolved',
  queue: 'organizer',
  payload: z.object({ handoffId: z.uuid() }),
  options: ({ handoffId }) => ({ jobId: `resolved-${handoffId}` }),
  async process(deps: { em: EntityManager; chat: OrganizerChat | null; queues: Queues }, { handoffId }) {
    const csat = await askCsatAfterHandoff(deps.em.fork(), {
      handoffId,
      now: new Date(),
      question: csatQuestion,
    });
    await enqueueDeliveries(deps.queues, csat);
    if (!deps.chat) return { skipped: 'slack not configured' };
    const summary = await loadHandoffSummary(deps.em.fork(), handoffId);
    if (!summary?.slackChannel || !summary.slackThreadTs) return { skipped: 'no thread' };
    const root = { channel: summary.slackChannel, ts: summary.slackThreadTs };
    await deps.chat.update(root, resolvedRootNote(summary));
    await deps.chat.post(
      root.channel,
      { text: '✅ Resolved — the bot has taken the conversation back.' },
      root.ts,
    );
    return { resolved: true };
  },
});

export const enqueueHandoffResolved = (queues: Queues, handoffId: string) =>
  handoffResolvedJob.enqueue(queues, { handoffId });
