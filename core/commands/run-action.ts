import type { EntityManager } from '@mikro-orm/postgresql';
import { brokenButtonNote } from '../replies/organizer-action-notes.js';
import { answer, type CommandReply, type Requester } from './command.js';
import { executeCommand, refusal } from './execute-command.js';
import { checkSeat } from './find-seat.js';
import type { CommandRegistry } from './registry.js';

/**
 * A button, form or thread message, right after the chat's ack: the requester's seat is checked, then the
 * command runs in one transaction. Null when no command has that name.
 */
export async function runAction(
  em: EntityManager,
  registry: CommandRegistry,
  request: { name: string; input: string; requester: Requester; now: Date },
): Promise<CommandReply | null> {
  const command = registry.read(request.name, request.input);
  if (!command) return null;
  const { seat, roleTooLow } = await checkSeat(em, command.role, request.requester, request.now);
  if (!seat) return refusal(command, roleTooLow);
  // A button value we cannot read is said to the clicker, never silently dropped.
  if (command.kind === 'malformed') return answer(command.usage ?? brokenButtonNote());
  return executeCommand(em, command, {
    seat,
    requester: request.requester,
    now: request.now,
    commandId: null,
  });
}
