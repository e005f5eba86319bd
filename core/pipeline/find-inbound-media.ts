import type { EntityManager } from '@mikro-orm/postgresql';

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
  const [row] = await em.execute<{ kind: 'image' | 'audio'; url: string | null }[]>(
    `select kind, payload->>'mediaUrl' as url from messages
      where id = ? and direction = 'in' and kind in ('image', 'audio')`,
    [messageId],
  );
  return row ? { kind: row.kind, url: row.url } : null;
}
