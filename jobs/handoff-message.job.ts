import type { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { relayNote } from '../core/replies/organizer-notes.js';
import { loadHandoffSummary } from '../core/services/handoffs/load-handoff-summary.js';
import { loadRelayedMessage } from '../core/services/handoffs/load-relayed-message.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** Relays one of the attendee's messages into the handoff's thread (in order: the worker runs one at a time). */
export const handoffMessageJob = defineJob({
  name: 'handoff-message',
  queue: 'organizer',
  payload: z.object({ handoffId: z.uuid(), messageId: z.uuid() }),
  options: ({ messageId }) => ({ jobId: `relay-${messageId}` }),
  async process(
    deps: { em: EntityManager; chat: OrganizerChat | null; handoffChannel: string | null },
    { handoffId, messageId },
  ) {
    if (!deps.chat || !deps.handoffChannel) return { skipped: 'slack not configured' };
    const em = deps.em.fork();
    const summary = await loadHandoffSummary(em, handoffId);
    const body = await loadRelayedMessage(em, messageId);
    if (!summary || body === null) throw new UnrecoverableError('handoff or message not found');
    // The thread is posted by the handoff-opened job; until then, retry with backoff.
    if (!summary.slackChannel || !summary.slackThreadTs) throw new Error('handoff thread not posted yet');
    await deps.chat.post(summary.slackChannel, relayNote(summary.name, body), summary.slackThreadTs);
    return { relayed: true };
  },
});

export const enqueueHandoffMessage = (queues: Queues, handoffId: string, messageId: string) =>
  handoffMessageJob.enqueue(queues, { handoffId, messageId });
