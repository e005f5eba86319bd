import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type MediaDownloader, VoiceMediaError } from '../../core/ports/voice-media.js';

/**
 * Media URLs of uploads held in Redis. Not HTTP: no server answers them, only the worker's downloader reads
 * them, and the 192-bit random token is the only way to the bytes (there is no listing).
 */
export const TRANSIENT_MEDIA_SCHEME = 'transient-media:';

/** Long enough for a busy worker to get to the message, short enough that a photo never lingers. */
export const TRANSIENT_MEDIA_TTL_SECONDS = 5 * 60;

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export interface TransientMediaStore {
  /** Holds the bytes for the TTL and returns the URL the worker fetches them by (once). */
  hold(data: Buffer, contentType: string): Promise<string>;
  /** Reads and deletes in one step (GETDEL): a second fetch, or one after the TTL, finds nothing. */
  downloader: MediaDownloader;
}

export const isTransientMediaUrl = (url: string) => url.startsWith(TRANSIENT_MEDIA_SCHEME);

/**
 * Uploads that must never be stored (a selfie is never written to disk or Postgres) wait here between the
 * server that received them and the worker that reads them. Redis, not process memory: `serve` and `worker`
 * may be separate processes. The value is `<content type>\n<bytes>`, one key per upload.
 */
export function createTransientMediaStore(
  redis: Redis,
  opts: { prefix: string; ttlSeconds?: number },
): TransientMediaStore {
  const keyOf = (token: string) => `${opts.prefix}:transient-media:${token}`;
  return {
    async hold(data, contentType) {
      if (/[\r\n]/.test(contentType)) throw new Error('invalid content type');
      const token = randomBytes(24).toString('base64url');
      const value = Buffer.concat([Buffer.from(`${contentType}\n`), data]);
      await redis.set(keyOf(token), value, 'EX', opts.ttlSeconds ?? TRANSIENT_MEDIA_TTL_SECONDS);
      return `${TRANSIENT_MEDIA_SCHEME}${token}`;
    },
    downloader: {
      async download(url, { maxBytes }) {
        const token = url.slice(TRANSIENT_MEDIA_SCHEME.length);
        if (!isTransientMediaUrl(url) || !TOKEN.test(token)) {
          throw new VoiceMediaError('download_failed', 'not a transient media url');
        }
        const value = await redis.getdelBuffer(keyOf(token));
        if (!value) throw new VoiceMediaError('download_failed', 'media expired or already fetched');
        const newline = value.indexOf(0x0a);
        const data = value.subarray(newline + 1);
        if (data.byteLength > maxBytes) {
          throw new VoiceMediaError('too_big', `media is ${data.byteLength} bytes (limit ${maxBytes})`);
        }
        return { data, contentType: value.subarray(0, newline).toString() };
      },
      async discard(url) {
        const token = url.slice(TRANSIENT_MEDIA_SCHEME.length);
        if (isTransientMediaUrl(url) && TOKEN.test(token)) await redis.del(keyOf(token));
      },
    },
  };
}
