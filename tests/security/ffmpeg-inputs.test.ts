import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { VoiceMediaError } from '../../core/ports/voice-media.js';

/**
 * Issue 15, "Also": a voice note is attacker-controlled bytes handed to ffmpeg. A playlist or concat list
 * makes ffmpeg open the URLs written inside it (server-side request forgery, local files). The decoder
 * allows only the pipe protocol and audio containers, so such an upload is refused as unsupported and no
 * request leaves the process. (Debian's ffmpeg 5.1 also refuses these by its own defaults; the whitelist
 * keeps it so on any build.)
 */
let requests = 0;
let url = '';
const server = createServer((_req, res) => {
  requests++;
  res.end('not audio');
});
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const reasonFor = (input: string) =>
  createFfmpegDecoder()
    .toWav(Buffer.from(input), { maxSeconds: 60 })
    .then(
      () => 'decoded',
      (e: unknown) => (e instanceof VoiceMediaError ? e.reason : `other: ${String(e)}`),
    );

describe('what ffmpeg is allowed to open', () => {
  it('refuses an HLS playlist pointing at a URL, without fetching it', async () => {
    const playlist = `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n${url}/secret.ogg\n#EXT-X-ENDLIST\n`;
    expect(await reasonFor(playlist)).toBe('unsupported');
    expect(requests).toBe(0);
  });

  it('refuses a concat list naming files and URLs', async () => {
    expect(await reasonFor(`ffconcat version 1.0\nfile ${url}/a.ogg\nfile /etc/passwd\n`)).toBe(
      'unsupported',
    );
    expect(requests).toBe(0);
  });
});
