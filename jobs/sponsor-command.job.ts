import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { createSponsorCommands } from '../core/commands/index.js';
import { runQueuedCommand } from '../core/commands/run-queued-command.js';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { finishCommand } from '../core/services/organizer/record-command.js';
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
    const ran = await runQueuedCommand(em, createSponsorCommands(), commandId, deps.clock());
    const channel = ran?.stored.slackChannelId;
    if (!ran || !channel) return { skipped: 'already done' };
    const { stored, reply: outcome } = ran;
    const chat = deps.chat;
    if (outcome.file && chat) await chat.uploadFile(channel, outcome.file);
    await finishCommand(em, commandId, 'done');
    if (stored.responseUrl && chat && outcome.note) await chat.respond(stored.responseUrl, outcome.note);
    return { done: stored.command, exported: Boolean(outcome.file) };
  },
});

export const enqueueSponsorCommand = (queues: Queues, commandId: string) =>
  sponsorCommandJob.enqueue(queues, { commandId });
