import type { MediaDownloader } from '../../core/ports/voice-media.js';

export interface MediaRoute {
  matches(url: string): boolean;
  downloader: MediaDownloader;
}

/**
 * One downloader for every channel: the first route whose `matches` accepts the URL fetches it, else the
 * fallback. Each channel's downloader keeps its own rules (Twilio's credentials go only to Twilio's host).
 */
export function routeMediaDownloads(routes: MediaRoute[], fallback: MediaDownloader): MediaDownloader {
  const pick = (url: string) => routes.find((route) => route.matches(url))?.downloader ?? fallback;
  return {
    download: (url, opts) => pick(url).download(url, opts),
    async discard(url) {
      await pick(url).discard?.(url);
    },
  };
}
