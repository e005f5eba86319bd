import { type MediaDownloader, VoiceMediaError } from '../../../core/ports/voice-media.js';
import { redirectTwilioUrl } from './api-client.js';

export interface TwilioMediaConfig {
  accountSid: string;
  authToken: string;
  /** Where *.twilio.com requests go instead (a local fake in tests). */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

/**
 * Downloads media a person sent over WhatsApp. Twilio's media URLs need HTTP Basic auth with the account SID
 * and token; the credentials go only to Twilio (or the configured API base), never to a redirect target or
 * another host. The body is read up to `maxBytes` and no further.
 */
export function createTwilioMediaDownloader(config: TwilioMediaConfig): MediaDownloader {
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  const apiOrigin = config.apiBaseUrl ? new URL(config.apiBaseUrl).origin : null;
  return {
    async download(mediaUrl, { maxBytes }) {
      const url = config.apiBaseUrl ? redirectTwilioUrl(mediaUrl, config.apiBaseUrl) : mediaUrl;
      const target = new URL(url);
      const trusted =
        target.hostname === 'twilio.com' ||
        target.hostname.endsWith('.twilio.com') ||
        target.origin === apiOrigin;
      if (!trusted || (target.protocol !== 'https:' && target.origin !== apiOrigin)) {
        throw new VoiceMediaError('download_failed', `refusing to fetch media from ${target.origin}`);
      }
      const response = await fetch(url, {
        headers: { authorization },
        signal: AbortSignal.timeout(config.timeoutMs ?? 20_000),
      });
      if (response.status === 404 || response.status === 401 || response.status === 403) {
        throw new VoiceMediaError('download_failed', `media download refused: HTTP ${response.status}`);
      }
      if (!response.ok || !response.body) throw new Error(`media download failed: HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await response.body.cancel();
        throw new VoiceMediaError('too_big', `media is ${declared} bytes (limit ${maxBytes})`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > maxBytes) throw new VoiceMediaError('too_big', `media exceeds ${maxBytes} bytes`);
        chunks.push(Buffer.from(chunk));
      }
      return {
        data: Buffer.concat(chunks),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },
  };
}
