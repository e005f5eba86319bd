import type { EntityManager } from '@mikro-orm/postgresql';
import { otherEventNote } from '../replies/organizer-action-notes.js';
import { refusalNote } from '../replies/organizer-notes.js';
import { noLeadsHereNote } from '../replies/organizer-sponsor-notes.js';
import { loadPendingCommand, type StoredCommand } from '../services/organizer/record-command.js';
import { answer, type CommandReply } from './command.js';
import { executeCommand } from './execute-command.js';
import { findSeat } from './find-seat.js';
import type { CommandRegistry } from './registry.js';

/**
 * A logged command, in its job: read back, its seat checked again (still the event it was accepted for), run
 * in one transaction. Null when it already ran (a retried job does nothing twice); the job marks it done.
 */
export async function runQueuedCommand(
  em: EntityManager,
  registry: CommandRegistry,
  commandId: string,
  now: Date,
): Promise<{ stored: StoredCommand; reply: CommandReply } | null> {
  const stored = await loadPendingCommand(em, commandId);
  if (!stored) return null;
  const command = registry.parse(registry.textOf(stored));
  const requester = { slackUserId: stored.slackUserId, channelId: stored.slackChannelId };
  const seat = command ? await findSeat(em, command.role, requester, now) : null;
  if (!command || seat?.eventId !== stored.eventId) {
    // Someone who is now an organizer of another event is told that, not asked to get access.
    const note =
      command?.role === 'sponsor' ? noLeadsHereNote() : seat ? otherEventNote('command') : refusalNote();
    return { stored, reply: answer(note, { refused: true }) };
  }
  if (command.kind === 'malformed') return { stored, reply: answer(command.usage) };
  return { stored, reply: await executeCommand(em, command, { seat, requester, now, commandId }) };
}
