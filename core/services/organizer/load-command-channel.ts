import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizerCommand } from '../../../db/entities/organizer-command.entity.js';

/** The Slack channel a command was typed in (where its later progress is posted), if known. */
export async function loadCommandChannel(em: EntityManager, commandId: string): Promise<string | null> {
  const command = await em.findOne(OrganizerCommand, commandId, { fields: ['slackChannelId'] });
  return command?.slackChannelId ?? null;
}
