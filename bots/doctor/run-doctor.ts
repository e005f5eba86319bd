import { POCKETSPHINX_MODEL } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { databaseReachable } from '../../db/health.js';
import { type Db, initDb } from '../../db/orm.js';
import { type Config, loadConfig } from '../config.js';
import { type Check, type CheckResult, type DoctorContext, type DoctorTools, fail, ok } from './check.js';
import { faceKeys, noDemoDefaults, requiredVariables } from './config-checks.js';
import { eventsImported, migrationsApplied, pgvectorPresent } from './database-checks.js';
import { paymentsReady } from './payment-checks.js';
import { redisReady } from './redis-check.js';
import { slackReady } from './slack-checks.js';
import { speechReady } from './speech-checks.js';
import { twilioReady } from './twilio-checks.js';

/** In report order: configuration, storage, channels, then the media tools. */
const CHECKS: Check[] = [
  requiredVariables,
  noDemoDefaults,
  migrationsApplied,
  pgvectorPresent,
  eventsImported,
  redisReady,
  twilioReady,
  slackReady,
  speechReady,
  faceKeys,
  paymentsReady,
];

export const DEFAULT_TOOLS: DoctorTools = {
  ffmpeg: 'ffmpeg',
  pocketsphinx: 'pocketsphinx_continuous',
  speechModel: POCKETSPHINX_MODEL,
};

export interface DoctorReport {
  ok: boolean;
  checks: CheckResult[];
}

/** Runs every check against the deployment `env` describes; never throws (a crashed check is a failed line). */
export async function runDoctor(
  env: Record<string, string | undefined>,
  tools: DoctorTools = DEFAULT_TOOLS,
): Promise<DoctorReport> {
  let config: Config;
  try {
    config = loadConfig(env, 'inspect');
  } catch (error) {
    const checks = [
      fail(
        'config.valid',
        'Configuration valid',
        (error as Error).message,
        'Fix the variables named above in .env.',
      ),
    ];
    return { ok: false, checks };
  }
  const checks: CheckResult[] = [ok('config.valid', 'Configuration valid', 'every variable parses')];
  const opened = await openDatabase(config);
  checks.push(opened.result);
  const ctx: DoctorContext = { env, config, db: opened.db, tools };
  try {
    for (const check of CHECKS) {
      try {
        checks.push(...(await check(ctx)));
      } catch (error) {
        checks.push(
          fail(
            `crashed.${check.name}`,
            `${check.name}`,
            `the check crashed: ${(error as Error).message}`,
            'Report this.',
          ),
        );
      }
    }
  } finally {
    await opened.db?.close(true);
  }
  return { ok: checks.every((c) => c.status !== 'fail'), checks };
}

async function openDatabase(config: Config): Promise<{ db: Db | null; result: CheckResult }> {
  const title = 'Database reachable';
  if (!config.databaseUrl)
    return {
      db: null,
      result: fail('database.reachable', title, 'DATABASE_URL is not set', 'Set DATABASE_URL.'),
    };
  const unreachable = (reason: string) =>
    fail(
      'database.reachable',
      title,
      `cannot connect: ${reason}`,
      'Check DATABASE_URL (host, port, user, password, database) and that Postgres accepts this host.',
    );
  let db: Db;
  try {
    db = await initDb(config.databaseUrl, { poolMax: 2 });
  } catch (error) {
    return { db: null, result: unreachable((error as Error).message) };
  }
  const reachable = await databaseReachable(db);
  if (!reachable.ok) {
    await db.close(true);
    return { db: null, result: unreachable(reachable.reason) };
  }
  return { db, result: ok('database.reachable', title, new URL(config.databaseUrl).host) };
}
