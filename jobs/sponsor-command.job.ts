import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { sponsorCommandReply } from '../core/replies/lead-command-reply.js';
import { runSponsorCommand } from '../core/services/leads/run-sponsor-command.js';
import { finishCommand, loadPendingCommand } from '../core/services/organizer/record-command.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

/** `/leads` from a sponsor's channel: the command's log row id, like organizer commands. */
export const sponsorCommandJob = defineJob({
  name: 'sponsor-command',
  queue: 'leads',
  payload: z.object({ commandId: z.uuid() }),
  options: ({ commandId }) => ({ jobId: commandId }),
  async process(deps: { em: EntityManager; chat: OrganizerChat | null; clock: () => Date }, { commandId }) {
    const em = deps.em.fork();
    const stored = await loadPendingCommand(em, commandId);
    if (!stored?.slackChannelId) return { skipped: 'already done' };
    const outcome = sponsorCommandReply(
      await runSponsorCommand(em, { channelId: stored.slackChannelId, args: stored.args, now: deps.clock() }),
    );
    const chat = deps.chat;
    if (outcome.file && chat) await chat.uploadFile(stored.slackChannelId, outcome.file);
    await finishCommand(em, commandId, 'done');
    if (stored.responseUrl && chat) await chat.respond(stored.responseUrl, outcome.note);
    return { done: stored.command, exported: Boolean(outcome.file) };
  },
});

export const enqueueSponsorCommand = (queues: Queues, commandId: string) =>
  sponsorCommandJob.enqueue(queues, { commandId });
