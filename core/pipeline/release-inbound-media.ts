import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaDownloader } from '../ports/voice-media.js';

/**
 * Once a photo or voice note is handled, media held only for us are dropped: a console photo from someone
 * who has not agreed to selfie check-in is never downloaded, and must not wait out its TTL. A no-op for
 * channels whose provider keeps the media (the downloader has no `discard` for them).
 */
export async function releaseInboundMedia(
  em: EntityManager,
  downloader: MediaDownloader,
  messageId: string,
): Promise<void> {
  if (!downloader.discard) return;
  const [row] = await em
    .fork()
    .execute<{ url: string | null }[]>(
      `select payload->>'mediaUrl' as url from messages where id = ? and direction = 'in' and kind in ('image', 'audio')`,
      [messageId],
    );
  if (row?.url) await downloader.discard(row.url);
}
