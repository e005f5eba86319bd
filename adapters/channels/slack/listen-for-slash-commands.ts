import type { AckFn, App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { cleanText } from '../../../core/clean-text.js';
import { acceptCommand } from '../../../core/commands/accept-command.js';
import { createOrganizerCommands, createSponsorCommands } from '../../../core/commands/index.js';
import type { CommandRegistry } from '../../../core/commands/registry.js';
import type { OrganizerNote } from '../../../core/ports/organizer-chat.js';
import { actionFailedNote } from '../../../core/replies/organizer-action-notes.js';
import { notStartedNote } from '../../../core/replies/organizer-command-notes.js';
import { openForm } from './open-form.js';
import type { SlackOrganizerDeps } from './organizer-listener-deps.js';
import { renderBlocks } from './render-blocks.js';
import { ORGANIZER_SLASH_COMMAND, SPONSOR_SLASH_COMMAND } from './slack-app-spec.js';

const ephemeral = (note: OrganizerNote) => ({ response_type: 'ephemeral' as const, ...renderBlocks(note) });

/**
 * `/eventos …` (organizers and staff) and `/leads` (a sponsor's own channel): the command is checked and
 * logged, and the ack goes out at once — the job answers through `response_url`. Help, usage lines,
 * refusals and forms are answered in the ack itself (a form's trigger expires within Slack's 3 s).
 */
export function listenForSlashCommands(app: App, deps: SlackOrganizerDeps): void {
  const organizer = createOrganizerCommands();
  const sponsor = createSponsorCommands();
  app.command(ORGANIZER_SLASH_COMMAND.command, (args) => accept(deps, organizer, 'organizer', args));
  app.command(SPONSOR_SLASH_COMMAND.command, (args) => accept(deps, sponsor, 'sponsor', args));
}

async function accept(
  deps: SlackOrganizerDeps,
  registry: CommandRegistry,
  kind: 'organizer' | 'sponsor',
  {
    command,
    ack,
    client,
  }: { command: SlashCommand; ack: AckFn<string | RespondArguments>; client: WebClient },
): Promise<void> {
  const accepted = await acceptCommand(deps.em.fork(), registry, {
    // A NUL byte cannot be stored in the command log: cleaned here so the command still runs and is acked.
    text: cleanText(command.text ?? ''),
    requester: { slackUserId: command.user_id, channelId: command.channel_id ?? null },
    responseUrl: command.response_url ?? null,
    now: deps.clock(),
  }).catch((error: unknown) => {
    deps.logger.warn({ err: error, command: command.command }, 'slack command failed');
    return null;
  });
  // Acked with an apology rather than left to Slack's "operation timed out".
  if (!accepted) return ack(ephemeral(actionFailedNote()));
  if (accepted.kind === 'answered') {
    const { reply } = accepted;
    if (reply.refused)
      deps.logger.warn({ slackUserId: command.user_id, command: command.command }, 'slack command refused');
    await ack(reply.note ? ephemeral(reply.note) : undefined);
    if (reply.form) await openForm(client, command.trigger_id, reply.form);
    await deps.afterCommit(reply);
    return;
  }
  const queued = await deps.queueCommand(kind, accepted.commandId).then(
    () => true,
    (error: unknown) => {
      deps.logger.warn({ err: error, commandId: accepted.commandId }, 'could not queue a slack command');
      return false;
    },
  );
  await ack(ephemeral(queued ? accepted.working : notStartedNote()));
}
