import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createWebConnection,
  type WebConnectionState,
} from '../../../adapters/channels/whatsapp-web/index.js';
import { createLibraryClient } from '../../../adapters/channels/whatsapp-web/library-client.js';
import { eventually } from '../../support/eventually.js';

const CHROMIUM = '/usr/bin/chromium';
const dataPath = mkdtempSync(join(tmpdir(), 'wweb-'));
afterAll(() => rmSync(dataPath, { recursive: true, force: true }));

/**
 * The real whatsapp-web.js Client on Debian's Chromium (installed by `npm run setup`). Offline (CI, this
 * machine) the page cannot reach web.whatsapp.com; the connection must say so and try again, not crash. With
 * network it gets as far as a QR code, which is just as good a proof that the real client starts.
 */
describe.runIf(existsSync(CHROMIUM))('the real WhatsApp Web client', () => {
  it('starts Chromium and reports why it is not connected, then retries', async () => {
    const states: WebConnectionState[] = [];
    let attempts = 0;
    const connection = createWebConnection({
      makeClient: () => {
        attempts++;
        return createLibraryClient({ executablePath: CHROMIUM, dataPath });
      },
      wire: () => {},
      onState: (state) => states.push(state),
      retryDelayMs: () => 200,
    });
    connection.start();
    try {
      const seen = await eventually(
        async () => states.find((s) => s.state === 'disconnected' || s.state === 'qr_needed'),
        60_000,
        'a first verdict',
      );
      if (seen.state === 'disconnected') {
        expect(seen.cause).toMatch(
          /could not start WhatsApp Web: .*(ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_)/,
        );
        expect(connection.client()).toBeUndefined();
        await eventually(async () => attempts >= 2, 60_000, 'a retry');
      }
    } finally {
      await connection.stop();
    }
  }, 120_000);
});
