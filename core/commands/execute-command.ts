import type { EntityManager } from '@mikro-orm/postgresql';
import { organizerOnlyNote, refusalNote } from '../replies/organizer-notes.js';
import { notSponsorChannelNote } from '../replies/organizer-sponsor-notes.js';
import { answer, type CommandContext, type CommandReply } from './command.js';
import type { ParsedCommand, ReadyCommand } from './registry.js';

/** Runs a command in one short transaction: its writes commit together, or not at all. */
export function executeCommand(
  em: EntityManager,
  command: ReadyCommand,
  ctx: Omit<CommandContext, 'em'>,
): Promise<CommandReply> {
  return em.transactional((tx) => command.run({ ...ctx, em: tx }));
}

/**
 * What someone without the command's seat sees: the command's own refusal, or the role's — for staff asking
 * for an organizer-only command, that only organizers may.
 */
export function refusal(command: ParsedCommand, roleTooLow = false): CommandReply {
  if (roleTooLow) return answer(organizerOnlyNote(), { refused: true });
  return (
    command.refused() ??
    answer(command.role === 'sponsor' ? notSponsorChannelNote() : refusalNote(), { refused: true })
  );
}
