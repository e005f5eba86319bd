import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface CommandRecord {
  eventId: string | null;
  slackUserId: string;
  slackChannelId: string | null;
  command: string;
  args: string;
  responseUrl: string | null;
  status: 'accepted' | 'refused';
}

/** Logs a command (refusals too) and returns its id: the job that runs it gets only this id. */
export async function recordCommand(em: EntityManager, record: CommandRecord): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into organizer_commands (id, event_id, slack_user_id, slack_channel_id, command, args, response_url,
       status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())`,
    [
      id,
      record.eventId,
      record.slackUserId,
      record.slackChannelId,
      record.command,
      record.args,
      record.responseUrl,
      record.status,
    ],
  );
  return id;
}

export interface StoredCommand {
  id: string;
  eventId: string;
  command: string;
  args: string;
  responseUrl: string | null;
  slackChannelId: string | null;
}

/** An accepted command that has not finished yet (a retried job finds nothing and does nothing twice). */
export async function loadPendingCommand(em: EntityManager, id: string): Promise<StoredCommand | null> {
  const [row] = await em.execute<
    {
      id: string;
      event_id: string;
      command: string;
      args: string;
      response_url: string | null;
      slack_channel_id: string | null;
    }[]
  >(
    `select id, event_id, command, args, response_url, slack_channel_id from organizer_commands
      where id = ? and status = 'accepted'`,
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    eventId: row.event_id,
    command: row.command,
    args: row.args,
    responseUrl: row.response_url,
    slackChannelId: row.slack_channel_id,
  };
}

export async function finishCommand(em: EntityManager, id: string, status: 'done' | 'failed'): Promise<void> {
  await em.execute(
    `update organizer_commands set status = ?, finished_at = now() where id = ? and status = 'accepted'`,
    [status, id],
  );
}
