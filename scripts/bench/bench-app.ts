import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import pino from 'pino';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { buildDeps, type Deps } from '../../bots/compose.js';
import { loadConfig } from '../../bots/config.js';
import { startServer } from '../../bots/server.js';
import { startWorkers } from '../../bots/worker.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { migrateDatabase } from '../../db/migrate.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../tests/fakes/fake-twilio-api.js';
import { signTwilioWebhook } from '../../tests/fixtures/sign-twilio-webhook.js';
import { servicesUp } from '../services/local-services.js';

export const BENCH_TWILIO = {
  accountSid: 'AC00000000000000000000000000000b3c',
  authToken: 'bench-token',
  from: '+15550100000',
};
export const BENCH_PUBLIC_URL = 'https://bench.example.test';

export interface BenchApp {
  baseUrl: string;
  deps: Deps;
  twilioApi: FakeTwilioApi;
  close(): Promise<void>;
}

/** The real server + workers on a throwaway database of the local services, Twilio replaced by the local fake. */
export async function startBenchApp(
  /** Extra settings, e.g. Slack's (scripts/bench/slack-ack.ts). */
  env: Record<string, string> = {},
  /** Reach Postgres and Redis through other addresses (the fault bench's proxies). */
  through?: (urls: { databaseUrl: string; redisUrl: string }) => { databaseUrl: string; redisUrl: string },
): Promise<BenchApp> {
  const urls = await servicesUp();
  const name = `eventos_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: urls.databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const databaseUrl = new URL(urls.databaseUrl);
  databaseUrl.pathname = `/${name}`;
  await migrateDatabase(databaseUrl.href);
  const reach = through
    ? through({ databaseUrl: databaseUrl.href, redisUrl: urls.redisUrl })
    : { databaseUrl: databaseUrl.href, redisUrl: urls.redisUrl };
  const twilioApi = await startFakeTwilioApi(BENCH_TWILIO);
  const config = loadConfig({
    PORT: '0',
    PUBLIC_BASE_URL: BENCH_PUBLIC_URL,
    DATABASE_URL: reach.databaseUrl,
    REDIS_URL: reach.redisUrl,
    QUEUE_PREFIX: `bench-${name}`,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
    TWILIO_WHATSAPP_FROM: BENCH_TWILIO.from,
    TWILIO_API_BASE_URL: twilioApi.url,
    ...env,
  });
  const deps = await buildDeps(config, { logger: pino({ level: 'silent' }) });
  const file = parseEventFile(
    JSON.parse(await readFile(new URL('../../fixtures/demo-event.json', import.meta.url), 'utf8')),
  );
  await importEvent(deps.db.em.fork(), file, new HashedEmbedder());
  const { server, url } = await startServer(deps);
  const workers = await startWorkers(deps);
  return {
    baseUrl: url,
    deps,
    twilioApi,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await workers.close();
      for (const q of [deps.queues.inbound, deps.queues.delivery, deps.queues.maintenance])
        await q.obliterate({ force: true }).catch(() => {});
      await deps.close();
      await twilioApi.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function printTable(out: NodeJS.WritableStream, title: string, rows: Record<string, number | string>) {
  out.write(`\n${title}\n`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows))
    out.write(`  ${k.padEnd(width)}  ${typeof v === 'number' ? round(v) : v}\n`);
}

export const round = (v: number) => (Number.isInteger(v) ? v : Math.round(v * 100) / 100);

const INBOUND = '/webhooks/twilio/whatsapp';

/** Posts one inbound WhatsApp webhook to the bench server, signed as Twilio signs it; throws unless 200. */
export async function postSignedWebhook(baseUrl: string, params: Record<string, string>): Promise<void> {
  const res = await fetch(`${baseUrl}${INBOUND}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioWebhook(
        BENCH_TWILIO.authToken,
        `${BENCH_PUBLIC_URL}${INBOUND}`,
        params,
      ),
    },
    body: new URLSearchParams(params).toString(),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
}
