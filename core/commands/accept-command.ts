import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import { workingNote } from '../replies/organizer-notes.js';
import { recordCommand } from '../services/organizer/record-command.js';
import { answer, type CommandReply, type Requester } from './command.js';
import { executeCommand, refusal } from './execute-command.js';
import { checkSeat } from './find-seat.js';
import type { CommandRegistry } from './registry.js';

export type Accepted =
  /** Answered within the ack: a refusal, a usage line, help, a form to open. */
  | { kind: 'answered'; reply: CommandReply }
  /** Logged for its job, which answers later; the ack says it is on its way. */
  | { kind: 'queued'; commandId: string; working: OrganizerNote };

/**
 * A typed slash command as it arrives, before the chat's ack: checks the requester's seat (refusals are logged
 * too), answers what can be answered at once, and logs the rest for a job (which gets only the row's id).
 */
export async function acceptCommand(
  em: EntityManager,
  registry: CommandRegistry,
  request: { text: string; requester: Requester; responseUrl: string | null; now: Date },
): Promise<Accepted> {
  const command = registry.parse(request.text);
  if (!command) throw new Error('a registry of typed commands needs a fallback');
  const logged = {
    ...registry.logEntry(request.text),
    slackUserId: request.requester.slackUserId,
    slackChannelId: request.requester.channelId,
    responseUrl: request.responseUrl,
  };
  const { seat, roleTooLow } = await checkSeat(em, command.role, request.requester, request.now);
  if (!seat) {
    await recordCommand(em, { ...logged, eventId: null, status: 'refused' });
    return { kind: 'answered', reply: refusal(command, roleTooLow) };
  }
  if (command.kind === 'malformed') return { kind: 'answered', reply: answer(command.usage) };
  if (command.runs === 'at-once') {
    const reply = await executeCommand(em, command, {
      seat,
      requester: request.requester,
      now: request.now,
      commandId: null,
    });
    return { kind: 'answered', reply };
  }
  const commandId = await recordCommand(em, { ...logged, eventId: seat.eventId, status: 'accepted' });
  return { kind: 'queued', commandId, working: command.working(seat) ?? workingNote(logged.command) };
}
