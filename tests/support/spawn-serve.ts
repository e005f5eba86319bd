import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { FakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { testRedisPrefix, testRedisUrl } from '../setup/test-database.js';
import { eventually } from './eventually.js';
import { PUBLIC_BASE_URL, TEST_TWILIO } from './start-test-app.js';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/**
 * `eventos serve` as a real child process in production mode (real secrets, fake Twilio API), started with
 * the given node arguments — the TypeScript CLI under tsx, or the compiled one — and resolved once it
 * listens.
 */
export async function spawnServe(
  nodeArgs: string[],
  opts: { databaseUrl: string; twilioApi: FakeTwilioApi; env?: Record<string, string> },
): Promise<ServeProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      PUBLIC_BASE_URL,
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: `${testRedisPrefix()}-${randomBytes(3).toString('hex')}`,
      TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: TEST_TWILIO.authToken,
      TWILIO_WHATSAPP_FROM: TEST_TWILIO.from,
      TWILIO_API_BASE_URL: opts.twilioApi.url,
      MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
      FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'silent',
      ...opts.env,
    },
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let output = '';
  child.stderr!.on('data', (chunk) => {
    output += String(chunk);
  });
  let code: number | null | undefined;
  void exited.then((c) => {
    code = c;
  });
  const url = await eventually(
    async () => {
      if (code !== undefined)
        throw new Error(`serve exited with ${code} before listening:\n${output.slice(-2000)}`);
      return /Listening on (http:\/\/\S+)/.exec(output)?.[1];
    },
    60_000,
    'the server to listen',
  );
  return { child, url, exited };
}
