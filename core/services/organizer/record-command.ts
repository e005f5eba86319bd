import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizerCommand } from '../../../db/entities/organizer-command.entity.js';
import { isUuid } from '../../is-uuid.js';

export interface CommandRecord {
  eventId: string | null;
  slackUserId: string;
  slackChannelId: string | null;
  command: string;
  args: string;
  responseUrl: string | null;
  status: Extract<OrganizerCommand['status'], 'accepted' | 'refused'>;
}

/** Logs a command (refusals too) and returns its id: the job that runs it gets only this id. */
export async function recordCommand(em: EntityManager, record: CommandRecord): Promise<string> {
  const id = randomUUID();
  await em.insert(OrganizerCommand, { id, ...record, createdAt: new Date() });
  return id;
}

export interface StoredCommand {
  id: string;
  eventId: string;
  slackUserId: string;
  command: string;
  args: string;
  responseUrl: string | null;
  slackChannelId: string | null;
}

/** An accepted command that has not finished yet (a retried job finds nothing and does nothing twice). */
export async function loadPendingCommand(em: EntityManager, id: string): Promise<StoredCommand | null> {
  const row = await em.findOne(OrganizerCommand, { id, status: 'accepted' });
  if (!row?.eventId) return null;
  return {
    id: row.id,
    eventId: row.eventId,
    slackUserId: row.slackUserId,
    command: row.command,
    args: row.args,
    responseUrl: row.responseUrl ?? null,
    slackChannelId: row.slackChannelId ?? null,
  };
}

/** The event a logged command was run for (null when it was refused or is unknown). */
export async function commandEvent(em: EntityManager, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const row = await em.findOne(OrganizerCommand, { id }, { fields: ['eventId'] });
  return row?.eventId ?? null;
}

export async function finishCommand(
  em: EntityManager,
  id: string,
  status: Extract<OrganizerCommand['status'], 'done' | 'failed'>,
): Promise<void> {
  await em.nativeUpdate(OrganizerCommand, { id, status: 'accepted' }, { status, finishedAt: new Date() });
}

/**
 * Marks a finished command (a preview with a Confirm button) confirmed, once: a second click, or a click on
 * another kind of command, gets null. Returns what was typed after the command word.
 */
export async function claimConfirmation(
  em: EntityManager,
  id: string,
  command: string,
): Promise<{ args: string } | null> {
  if (!isUuid(id)) return null;
  const claimed = await em.nativeUpdate(
    OrganizerCommand,
    { id, command, status: 'done', confirmedAt: null },
    { confirmedAt: new Date() },
  );
  if (claimed === 0) return null;
  const row = await em.findOne(OrganizerCommand, { id }, { fields: ['args'] });
  return row ? { args: row.args } : null;
}
