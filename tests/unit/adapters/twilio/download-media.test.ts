import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioMediaDownloader } from '../../../../adapters/channels/twilio/download-media.js';
import { VoiceMediaError } from '../../../../core/ports/voice-media.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../../fakes/fake-twilio-api.js';

const creds = { accountSid: 'AC00000000000000000000000000000009', authToken: 'media-token' };
let twilio: FakeTwilioApi;
beforeAll(async () => {
  twilio = await startFakeTwilioApi(creds);
});
afterAll(async () => {
  await twilio?.close();
});

const reason = (work: Promise<unknown>) =>
  work.then(
    () => 'downloaded',
    (e: unknown) => (e instanceof VoiceMediaError ? e.reason : `other: ${String(e)}`),
  );

describe('downloading Twilio media', () => {
  it('fetches with Basic auth (account SID and token) and returns bytes and content type', async () => {
    const url = twilio.addMedia(Buffer.from('OggS-audio'), 'audio/ogg');
    const downloader = createTwilioMediaDownloader({ ...creds, apiBaseUrl: twilio.url });
    const media = await downloader.download(url, { maxBytes: 1000 });
    expect(media).toEqual({ data: Buffer.from('OggS-audio'), contentType: 'audio/ogg' });
  });

  it('refuses media over the size limit, a wrong token, a missing file, and hosts that are not Twilio', async () => {
    const url = twilio.addMedia(Buffer.alloc(5000), 'audio/ogg');
    const downloader = createTwilioMediaDownloader({ ...creds, apiBaseUrl: twilio.url });
    expect(await reason(downloader.download(url, { maxBytes: 4096 }))).toBe('too_big');
    const wrong = createTwilioMediaDownloader({ ...creds, authToken: 'nope', apiBaseUrl: twilio.url });
    expect(await reason(wrong.download(url, { maxBytes: 10_000 }))).toBe('download_failed');
    const missing = url.replace(/ME[0-9a-f]+$/, `ME${'0'.repeat(32)}`);
    expect(await reason(downloader.download(missing, { maxBytes: 10_000 }))).toBe('download_failed');
    expect(await reason(downloader.download('https://evil.example/steal', { maxBytes: 10_000 }))).toBe(
      'download_failed',
    );
    expect(twilio.mediaRequests.map((r) => r.status)).toEqual([200, 200, 401, 404]);
  });
});
