import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeMediaDownloads } from '../../../adapters/media/route-media-downloads.js';
import {
  createTransientMediaStore,
  isTransientMediaUrl,
  TRANSIENT_MEDIA_TTL_SECONDS,
} from '../../../adapters/media/transient-media.js';
import { type MediaDownloader, VoiceMediaError } from '../../../core/ports/voice-media.js';
import { testRedisPrefix, testRedisUrl } from '../../setup/test-database.js';

/** The store console uploads wait in, on the real Redis: held for minutes, taken once, never listed. */
let redis: Redis;
const prefix = `${testRedisPrefix()}-media-${randomBytes(3).toString('hex')}`;
const MAX = 16 * 1024 * 1024;

beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterAll(() => redis.disconnect());

const store = () => createTransientMediaStore(redis, { prefix });
const keyOf = (url: string) => `${prefix}:transient-media:${url.slice('transient-media:'.length)}`;
const reasonOf = (work: Promise<unknown>) =>
  work.then(
    () => 'fetched',
    (error: unknown) => (error instanceof VoiceMediaError ? error.reason : String(error)),
  );

describe('transient media store', () => {
  it('holds bytes under an unguessable URL with a TTL, and gives them out exactly once', async () => {
    const media = store();
    const photo = randomBytes(50_000);
    const url = await media.hold(photo, 'image/jpeg');
    expect(isTransientMediaUrl(url)).toBe(true);
    expect(url).toMatch(/^transient-media:[A-Za-z0-9_-]{32}$/);
    const ttl = await redis.ttl(keyOf(url));
    expect(ttl).toBeGreaterThan(TRANSIENT_MEDIA_TTL_SECONDS - 5);
    expect(ttl).toBeLessThanOrEqual(TRANSIENT_MEDIA_TTL_SECONDS);

    const got = await media.downloader.download(url, { maxBytes: MAX });
    expect(got.contentType).toBe('image/jpeg');
    expect(Buffer.compare(got.data, photo)).toBe(0);
    expect(await redis.exists(keyOf(url))).toBe(0);
    expect(await reasonOf(media.downloader.download(url, { maxBytes: MAX }))).toBe('download_failed');
  });

  it('two workers racing for one upload: one gets it, the other finds nothing', async () => {
    const media = store();
    const urls = await Promise.all(
      Array.from({ length: 20 }, () => media.hold(randomBytes(1000), 'audio/ogg')),
    );
    for (const url of urls) {
      const outcomes = await Promise.all([
        reasonOf(media.downloader.download(url, { maxBytes: MAX })),
        reasonOf(store().downloader.download(url, { maxBytes: MAX })),
      ]);
      expect(outcomes.sort()).toEqual(['download_failed', 'fetched']);
    }
  });

  it('refuses media over the limit (and the bytes are gone all the same), forged URLs, and discards', async () => {
    const media = store();
    const big = await media.hold(randomBytes(2000), 'image/png');
    expect(await reasonOf(media.downloader.download(big, { maxBytes: 1000 }))).toBe('too_big');
    expect(await redis.exists(keyOf(big))).toBe(0);

    for (const forged of ['transient-media:*', 'transient-media:../../x', 'https://example.com/a.jpg']) {
      expect(await reasonOf(media.downloader.download(forged, { maxBytes: MAX }))).toBe('download_failed');
    }

    const unread = await media.hold(randomBytes(10), 'image/jpeg');
    await media.downloader.discard?.(unread);
    expect(await redis.exists(keyOf(unread))).toBe(0);
    await expect(media.hold(Buffer.from('x'), 'image/jpeg\r\nX: y')).rejects.toThrow('invalid content type');
  });
});

describe('routed media downloads', () => {
  it('sends transient URLs to the store and everything else to the channel downloader', async () => {
    const media = store();
    const asked: string[] = [];
    const twilio: MediaDownloader = {
      download: async (url) => {
        asked.push(url);
        return { data: Buffer.from('from twilio'), contentType: 'audio/ogg' };
      },
    };
    const downloader = routeMediaDownloads(
      [{ matches: isTransientMediaUrl, downloader: media.downloader }],
      twilio,
    );
    const url = await media.hold(Buffer.from('from the console'), 'audio/webm');
    expect((await downloader.download(url, { maxBytes: MAX })).data.toString()).toBe('from the console');
    const twilioUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1';
    expect((await downloader.download(twilioUrl, { maxBytes: MAX })).data.toString()).toBe('from twilio');
    expect(asked).toEqual([twilioUrl]);
    // Twilio keeps its own media: discarding its URL is a no-op, not an error.
    await expect(downloader.discard?.(twilioUrl)).resolves.toBeUndefined();
    const held = await media.hold(Buffer.from('x'), 'image/jpeg');
    await downloader.discard?.(held);
    expect(await redis.exists(keyOf(held))).toBe(0);
  });
});
