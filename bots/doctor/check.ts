import type { Db } from '../../db/orm.js';
import type { Config } from '../config.js';

export type CheckStatus = 'ok' | 'fail' | 'skip';

/** One line of the report: what was checked, what was found, and what to do when it is not fine. */
export interface CheckResult {
  /** Stable id for scripts (`--json`), e.g. `database.migrations` or `slack.channel.handoff`. */
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  /** What to do about a failure (or why it was skipped). */
  fix?: string;
}

/** Where the binaries and the offline speech model are; tests point them at missing paths. */
export interface DoctorTools {
  ffmpeg: string;
  pocketsphinx: string;
  speechModel: string;
}

/** What every check may read. `db` is null when no database could be opened (its checks then skip). */
export interface DoctorContext {
  env: Record<string, string | undefined>;
  config: Config;
  db: Db | null;
  tools: DoctorTools;
}

export type Check = (ctx: DoctorContext) => Promise<CheckResult[]>;

export const ok = (id: string, title: string, detail: string): CheckResult => ({
  id,
  title,
  status: 'ok',
  detail,
});
export const fail = (id: string, title: string, detail: string, fix: string): CheckResult => ({
  id,
  title,
  status: 'fail',
  detail,
  fix,
});
export const skip = (id: string, title: string, detail: string): CheckResult => ({
  id,
  title,
  status: 'skip',
  detail,
});

export const isProduction = (ctx: DoctorContext) => ctx.env.NODE_ENV === 'production';
