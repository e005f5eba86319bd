import wwebjs from 'whatsapp-web.js';
import type { WebClient, WebMedia } from './client-surface.js';

export interface LibraryClientConfig {
  /** Debian's Chromium (`apt-get install chromium`); puppeteer's own download is skipped (.puppeteerrc.cjs). */
  executablePath: string;
  /** Where LocalAuth keeps the logged-in browser profile, e.g. `.data/whatsapp-web`. */
  dataPath: string;
  clientId?: string;
}

/**
 * The real whatsapp-web.js Client. The session is kept with `LocalAuth` (a Chromium profile on disk), not
 * `RemoteAuth`: RemoteAuth needs a store plugin (MongoDB or S3 upstream) that zips and uploads the whole
 * profile every few minutes, and only one process may hold the session anyway. Keep `dataPath` on a volume
 * and a redeploy does not need a new scan.
 */
export function createLibraryClient(config: LibraryClientConfig): WebClient {
  const client = new wwebjs.Client({
    authStrategy: new wwebjs.LocalAuth({ dataPath: config.dataPath, clientId: config.clientId ?? 'eventos' }),
    puppeteer: {
      executablePath: config.executablePath,
      headless: true,
      // Containers run as root, where Chromium refuses to start with its sandbox.
      args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage'],
    },
  });
  // The library's Client has this surface; the cast only narrows its event typing to the events we use.
  return client as unknown as WebClient;
}

/** An image by URL as library media (our QR ticket links end in `.png`, so the MIME type is known). */
export async function loadLibraryMedia(url: string): Promise<WebMedia> {
  return wwebjs.MessageMedia.fromUrl(url, { unsafeMime: true });
}
