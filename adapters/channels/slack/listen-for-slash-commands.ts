import type { AckFn, App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { cleanText } from '../../../core/clean-text.js';
import { acceptCommand } from '../../../core/commands/accept-command.js';
import { createOrganizerCommands, createSponsorCommands } from '../../../core/commands/index.js';
import type { CommandRegistry } from '../../../core/commands/registry.js';
import type { OrganizerNote } from '../../../core/ports/organizer-chat.js';
import { actionFailedNote } from '../../../core/replies/organizer-action-notes.js';
import { notStartedNote } from '../../../core/replies/organizer-command-notes.js';
import { channelUncheckedNote, sharedChannelNote } from '../../../core/replies/organizer-sponsor-notes.js';
import { openForm } from './open-form.js';
import type { SlackOrganizerDeps } from './organizer-listener-deps.js';
import { renderBlocks } from './render-blocks.js';
import { ORGANIZER_SLASH_COMMAND, SPONSOR_SLASH_COMMAND } from './slack-app-spec.js';
import { channelFacts } from './slack-probe.js';

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
  if (kind === 'sponsor') {
    const refusal = await sponsorChannelRefusal(client, command.channel_id);
    if (refusal) {
      deps.logger.warn(
        { slackUserId: command.user_id, channelId: command.channel_id },
        'sponsor command refused',
      );
      return ack(ephemeral(refusal));
    }
  }
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

/** Slack must answer within its 3 s ack window, and Bolt's client would retry for minutes. */
const CHANNEL_CHECK_MS = 1_500;

/**
 * Sponsor commands show personal data that attendees agreed to share with a sponsor's team. The sponsor is
 * found by its channel, and everyone who can read that channel sees the leads — so a channel shared with
 * another organization (Slack Connect) is refused, and so is one Slack will not describe (fail closed).
 */
async function sponsorChannelRefusal(
  client: WebClient,
  channel: string | undefined,
): Promise<OrganizerNote | null> {
  if (!channel) return channelUncheckedNote('no channel');
  const timeout = new Promise<{ ok: false; error: string }>((done) =>
    setTimeout(() => done({ ok: false, error: 'Slack did not answer in time' }), CHANNEL_CHECK_MS).unref(),
  );
  const facts = await Promise.race([channelFacts(client, channel), timeout]);
  if (!facts.ok) return channelUncheckedNote(facts.error);
  return facts.sharedOutside ? sharedChannelNote() : null;
}
