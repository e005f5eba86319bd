import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTwilioApiClient } from '../../../adapters/channels/twilio/api-client.js';
import { WHATSAPP_TEMPLATES } from '../../../adapters/channels/twilio/templates/index.js';
import { syncTemplates } from '../../../adapters/channels/twilio/templates/sync-templates.js';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { run } from '../../../bots/commands/doctor.js';
import { storeSids } from '../../../bots/commands/twilio.js';
import type { CheckResult } from '../../../bots/doctor/check.js';
import { DEFAULT_TOOLS, type DoctorReport, runDoctor } from '../../../bots/doctor/run-doctor.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { Sponsor } from '../../../db/entities/sponsor.entity.js';
import { WhatsappTemplate } from '../../../db/entities/whatsapp-template.entity.js';
import { initDb } from '../../../db/orm.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/fake-slack-api.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../fakes/fake-twilio-api.js';
import { createTestDatabase, databaseUrlFor, testRedisUrl, withAdmin } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

const ACCOUNT = { accountSid: `AC${'1'.repeat(32)}`, authToken: 'live-auth-token' };
const BOT_TOKEN = 'xoxb-doctor-test';
const PUBLIC = 'https://events.example.org';
const FROM = '+15557770001';
const HX = (n: number) => `HX${String(n).padStart(32, '0')}`;
/** Config variable → the Content SID of the English template in the fake, approved. */
const templateSids: Record<string, string> = {};

let twilio: FakeTwilioApi;
let slack: FakeSlackApi;
const cleanups: (() => Promise<void>)[] = [];
let readyDb: string;
let brokenEventsDb: string;
let emptyEventsDb: string;
let emptyDb: string;
let lruRedis: { url: string; proc: ChildProcess };

/** A database with the demo event imported (its three sponsors have Slack channels). */
async function databaseWithDemoEvent(): Promise<string> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const db = await initDb(database.url, { poolMax: 2 });
  try {
    await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  } finally {
    await db.close(true);
  }
  return database.url;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A private Redis that evicts keys, so the noeviction check has something to refuse. */
async function startEvictingRedis(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const args = ['--port', `${port}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const proc = spawn('/usr/bin/redis-server', [...args, '--maxmemory-policy', 'allkeys-lru'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 50) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    const up = await probe.connect().then(
      () => true,
      () => false,
    );
    probe.disconnect();
    if (up) return { url, proc };
    if (waited > 5_000) throw new Error('private redis-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  twilio = await startFakeTwilioApi(ACCOUNT);
  twilio.whatsappSenders.push({
    senderId: `whatsapp:${FROM}`,
    callbackUrl: `${PUBLIC}/webhooks/twilio/whatsapp`,
  });
  const synced = await syncTemplates(
    createTwilioApiClient({ ...ACCOUNT, apiBaseUrl: twilio.url }),
    WHATSAPP_TEMPLATES,
  );
  for (const c of twilio.contents) if (c.approval) c.approval.status = 'approved';
  for (const t of WHATSAPP_TEMPLATES)
    templateSids[t.name] = synced.find((s) => s.name === t.name && s.language === 'en')?.sid ?? '';
  slack = await startFakeSlackApi({ botToken: BOT_TOKEN });
  for (const [id, name] of [
    ['C0HANDOFF', 'handoffs'],
    ['C0FEED', 'live-feed'],
    ['C0ACME001', 'acme-leads'],
    ['C0FINL001', 'finl-leads'],
    ['C0DATA001', 'data-leads'],
  ] as const)
    slack.channels.set(id, { name, isMember: true });
  slack.channels.set('C0OUTSIDE', { name: 'random', isMember: false });
  readyDb = await databaseWithDemoEvent();
  brokenEventsDb = await databaseWithDemoEvent();
  // As `eventos twilio templates sync` leaves them: the Content SIDs stored where sends look them up.
  await storeSids(readyDb, synced);
  await storeSids(brokenEventsDb, synced);
  const db = await initDb(brokenEventsDb, { poolMax: 1 });
  await db.em.fork().nativeUpdate(Sponsor, { code: 'acme-cloud' }, { slackChannel: null });
  await db.close(true);
  const migratedOnly = await createTestDatabase();
  cleanups.push(migratedOnly.drop);
  emptyEventsDb = migratedOnly.url;
  // Neither migrated nor with pgvector: what a fresh managed Postgres looks like.
  const name = `eventos_t_${Date.now().toString(36)}_doctor_${randomBytes(3).toString('hex')}`;
  await withAdmin(inject('databaseUrl'), (admin) => admin.query(`create database ${name}`));
  cleanups.push(() =>
    withAdmin(inject('databaseUrl'), (admin) => admin.query(`drop database ${name} with (force)`)).then(
      () => {},
    ),
  );
  emptyDb = databaseUrlFor(inject('databaseUrl'), name);
  lruRedis = await startEvictingRedis();
});

afterAll(async () => {
  lruRedis?.proc.kill();
  await twilio?.close();
  await slack?.close();
  for (const cleanup of cleanups) await cleanup();
});

/** A complete production deployment against the fakes: every check should pass. */
const liveEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  // ffmpeg and pocketsphinx are looked up on the deployment's PATH.
  PATH: process.env.PATH ?? '',
  PUBLIC_BASE_URL: PUBLIC,
  DATABASE_URL: readyDb,
  REDIS_URL: testRedisUrl(),
  TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
  TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
  TWILIO_WHATSAPP_FROM: FROM,
  TWILIO_API_BASE_URL: twilio.url,
  MEDIA_SIGNING_SECRET: 'a-long-random-media-signing-secret-for-tests',
  SLACK_SIGNING_SECRET: 'slack-signing-secret',
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_API_URL: slack.apiUrl,
  SLACK_HANDOFF_CHANNEL: 'C0HANDOFF',
  SLACK_FEED_CHANNEL: 'C0FEED',
  FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  STRIPE_SECRET_KEY: 'sk_live_doctor_test_key',
  STRIPE_WEBHOOK_SECRET: 'whsec_doctor_test_secret',
});

const byId = (report: DoctorReport) => new Map(report.checks.map((c) => [c.id, c]));
const statusOf = (report: DoctorReport, id: string) => byId(report).get(id)?.status;
function failed(report: DoctorReport, id: string): CheckResult {
  const check = byId(report).get(id);
  expect(check, `no check ${id} in ${[...byId(report).keys()].join(', ')}`).toBeDefined();
  expect(check?.status, `${id}: ${check?.detail}`).toBe('fail');
  expect(check?.fix).toBeTruthy();
  return check as CheckResult;
}

async function doctorCommand(args: string[], env: Record<string, string | undefined>) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => {
    out += c;
  });
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, env);
  return { code, out };
}

describe('eventos doctor', () => {
  it('passes every check of a complete deployment, and says so in JSON with exit code 0', async () => {
    const { code, out } = await doctorCommand(['--json'], liveEnv());
    const report = JSON.parse(out) as DoctorReport;
    const notOk = report.checks.filter((c) => c.status !== 'ok');
    expect(notOk).toEqual([]);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'config.valid',
      'database.reachable',
      'config.required',
      'config.defaults',
      'database.migrations',
      'database.pgvector',
      'events.devsummit-2026',
      'redis.reachable',
      'redis.eviction',
      'twilio.credentials',
      'twilio.sender',
      'twilio.webhook',
      ...WHATSAPP_TEMPLATES.map((t) => `twilio.template.${t.name}`),
      'slack.auth',
      'slack.channel.handoff',
      'slack.channel.feed',
      'slack.channel.sponsor.devsummit-2026.acme-cloud',
      'slack.channel.sponsor.devsummit-2026.dataforge',
      'slack.channel.sponsor.devsummit-2026.finlytics',
      'speech.ffmpeg',
      'speech.model',
      'faces.keys',
      'payments.stripe',
    ]);
  });

  it('fails with a line and a fix for each broken setting, event, Redis policy, Twilio, Slack channel and tool', async () => {
    // Finlytics' channel turned into a Slack Connect channel, shared with another organization.
    slack.channels.set('C0FINL001', { name: 'finl-leads', isMember: true, sharedOutside: true });
    const report = await runDoctor(
      {
        ...liveEnv(),
        DATABASE_URL: brokenEventsDb,
        REDIS_URL: lruRedis.url,
        MEDIA_SIGNING_SECRET: undefined,
        SLACK_FEED_CHANNEL: '',
        SLACK_HANDOFF_CHANNEL: 'C0OUTSIDE',
        TWILIO_AUTH_TOKEN: 'wrong-token',
      },
      {
        ffmpeg: '/nonexistent/ffmpeg',
        pocketsphinx: DEFAULT_TOOLS.pocketsphinx,
        speechModel: '/nonexistent/model',
      },
    );
    expect(report.ok).toBe(false);
    expect(failed(report, 'config.required').detail).toBe('missing: SLACK_FEED_CHANNEL');
    expect(failed(report, 'config.defaults').detail).toBe('still at demo defaults: MEDIA_SIGNING_SECRET');
    expect(failed(report, 'events.devsummit-2026').detail).toMatch(/without a Slack channel: acme-cloud/);
    expect(failed(report, 'redis.eviction').detail).toMatch(/allkeys-lru/);
    expect(statusOf(report, 'redis.reachable')).toBe('ok');
    expect(failed(report, 'twilio.credentials').detail).toMatch(/refused.*20003/);
    expect(statusOf(report, 'twilio.sender')).toBe('skip');
    expect(failed(report, 'slack.channel.handoff').detail).toBe('the bot is not in #random');
    expect(failed(report, 'slack.channel.feed').detail).toBe('SLACK_FEED_CHANNEL is not set');
    expect(failed(report, 'slack.channel.sponsor.devsummit-2026.finlytics').detail).toMatch(/Slack Connect/);
    expect(statusOf(report, 'slack.channel.sponsor.devsummit-2026.dataforge')).toBe('ok');
    slack.channels.set('C0FINL001', { name: 'finl-leads', isMember: true });
    expect(failed(report, 'speech.ffmpeg').detail).toMatch(/not found/);
    expect(failed(report, 'speech.model').detail).toMatch(/no acoustic model/);
    expect(statusOf(report, 'faces.keys')).toBe('ok');
    // Everything not broken on purpose still passes.
    expect(statusOf(report, 'database.migrations')).toBe('ok');
    expect(statusOf(report, 'slack.auth')).toBe('ok');
  });

  it('reports an unreachable database and Redis, a foreign sender, a refused Slack token and missing face keys', async () => {
    const env = {
      ...liveEnv(),
      NODE_ENV: '',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/eventos',
      REDIS_URL: 'redis://127.0.0.1:1',
      TWILIO_WHATSAPP_FROM: '+15557770099',
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      FACE_DATA_KEYS: '',
    };
    const { code, out } = await doctorCommand([], env);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ Database reachable: cannot connect/);
    expect(out).toMatch(/– Migrations applied: skipped/);
    const report = await runDoctor(env);
    failed(report, 'database.reachable');
    expect(statusOf(report, 'database.pgvector')).toBe('skip');
    failed(report, 'redis.reachable');
    expect(failed(report, 'twilio.sender').detail).toMatch(/\+15557770099 is not a WhatsApp sender/);
    expect(statusOf(report, 'twilio.credentials')).toBe('ok');
    expect(failed(report, 'slack.auth').detail).toMatch(/invalid_auth/);
    failed(report, 'faces.keys');
    // Outside production the demo defaults are allowed.
    expect(statusOf(report, 'config.defaults')).toBe('ok');
  });

  it('reports pending migrations, missing pgvector, a webhook pointing elsewhere, templates not approved and no imported event', async () => {
    const update = twilio.contents.find((c) => c.sid === templateSids.meeting_update);
    if (!update?.approval) throw new Error('templates not synced');
    update.approval.status = 'rejected';
    // One stored SID Twilio no longer has, one language never synced.
    const db = await initDb(brokenEventsDb, { poolMax: 1 });
    await db.em
      .fork()
      .nativeUpdate(WhatsappTemplate, { name: 'waitlist_offer', language: 'es' }, { contentSid: HX(1) });
    await db.em.fork().nativeDelete(WhatsappTemplate, { name: 'sponsor_lead', language: 'pt' });
    await db.close(true);
    const templates = await runDoctor({ ...liveEnv(), DATABASE_URL: brokenEventsDb });
    const report = await runDoctor({
      ...liveEnv(),
      DATABASE_URL: emptyDb,
      PUBLIC_BASE_URL: 'https://moved.example.org',
    });
    update.approval.status = 'approved';
    expect(failed(templates, 'twilio.template.waitlist_offer').detail).toBe(`es: ${HX(1)} is missing`);
    expect(failed(templates, 'twilio.template.sponsor_lead').detail).toBe('pt: not synced (v1)');
    expect(failed(templates, 'twilio.template.meeting_update').detail).toMatch(/^en: HX\w+ is rejected$/);
    expect(statusOf(templates, 'twilio.template.meeting_request')).toBe('ok');
    // Nothing stored (a database never migrated): each template says to run the sync.
    expect(failed(report, 'twilio.template.meeting_request').fix).toMatch(/twilio templates sync/);
    expect(statusOf(report, 'database.reachable')).toBe('ok');
    expect(failed(report, 'database.migrations').detail).toMatch(/pending: Migration/);
    expect(failed(report, 'database.pgvector').detail).toMatch(/not installed/);
    expect(statusOf(report, 'events')).toBe('skip');
    expect(failed(report, 'twilio.webhook').detail).toBe(
      `incoming messages go to ${PUBLIC}/webhooks/twilio/whatsapp, not https://moved.example.org/webhooks/twilio/whatsapp`,
    );
    const noEvents = await runDoctor({ ...liveEnv(), DATABASE_URL: emptyEventsDb });
    expect(failed(noEvents, 'events').detail).toBe('no event in the database');
  });

  it('reports a configuration that does not parse as one failed line', async () => {
    const { code, out } = await doctorCommand(['--json'], { ...liveEnv(), PORT: 'eighty' });
    expect(code).toBe(1);
    const report = JSON.parse(out) as DoctorReport;
    expect(report.checks).toHaveLength(1);
    expect(failed(report, 'config.valid').detail).toMatch(/PORT/);
  });
});
