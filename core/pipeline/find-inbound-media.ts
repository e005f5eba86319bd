import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';

/** What an inbound photo or voice note carries; null for every other message. */
export interface InboundMedia {
  kind: 'image' | 'audio';
  url: string | null;
}

/**
 * Read once per inbound job, so only photos go to the face engine, only voice notes to speech, and only
 * media are released after handling.
 */
export async function findInboundMedia(em: EntityManager, messageId: string): Promise<InboundMedia | null> {
  const row = await kysely(em)
    .selectFrom('Message')
    .select(['kind', sql<string | null>`payload->>'mediaUrl'`.as('url')])
    .where('id', '=', messageId)
    .where('direction', '=', 'in')
    .where('kind', 'in', ['image', 'audio'])
    .executeTakeFirst();
  if (row?.kind !== 'image' && row?.kind !== 'audio') return null;
  return { kind: row.kind, url: row.url };
}
