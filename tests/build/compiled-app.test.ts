import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { initDb } from '../../db/orm.js';
import { copyAssets } from '../../scripts/build/copy-assets.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { createTestDatabase } from '../setup/test-database.js';
import { type ServeProcess, spawnServe } from '../support/spawn-serve.js';
import { demoEventFile, TEST_TWILIO } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';

/**
 * Issue 15, "Also": the image runs compiled JavaScript, not tsx. This builds the app the way `npm run build`
 * does (tsc with tsconfig.build.json, then the run-time files beside it) into a temporary folder and runs its
 * `serve --with-worker` in production mode with plain node: a signed WhatsApp message gets its reply, which
 * needs the compiled pipeline, the migrations' metadata and the intent model file copied as an asset.
 */
const repoRoot = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

let outDir: string;
let database: { url: string; drop(): Promise<void> };
let twilioApi: FakeTwilioApi;
let serve: ServeProcess | undefined;
beforeAll(async () => {
  // Inside the checkout (in .data/, ignored by git) so the compiled files find node_modules as dist/ does.
  mkdirSync(join(repoRoot, '.data'), { recursive: true });
  outDir = mkdtempSync(join(repoRoot, '.data', 'build-test-'));
  await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir], {
    cwd: repoRoot,
  });
  copyAssets(repoRoot, outDir);
  database = await createTestDatabase();
  twilioApi = await startFakeTwilioApi(TEST_TWILIO);
  const orm = await initDb(database.url);
  await importEvent(orm.em.fork(), demoEventFile(), new HashedEmbedder());
  await orm.close(true);
}, 240_000);
afterAll(async () => {
  serve?.child.kill('SIGTERM');
  await serve?.exited;
  await twilioApi?.close();
  await database?.drop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the compiled app', () => {
  it('serves and answers a WhatsApp message with plain node, no tsx loader', async () => {
    serve = await spawnServe([join(outDir, 'bots/cli.js'), 'serve', '--with-worker'], {
      databaseUrl: database.url,
      twilioApi,
    });
    const health = await fetch(`${serve.url}/healthz`);
    expect(health.status).toBe(200);
    const posted = await postTwilio(
      serve.url,
      '/webhooks/twilio/whatsapp',
      whatsappText('+15550108301', 'what is the wifi password?', newMessageSid()),
    );
    expect(posted.status).toBe(200);
    const [reply] = await twilioApi.waitForMessages(1, 30_000);
    expect(reply?.to).toBe('whatsapp:+15550108301');
    expect(reply?.body).toMatch(/DevSummit-Guest/);
  }, 90_000);
});
