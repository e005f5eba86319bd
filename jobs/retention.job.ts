import type { EntityManager } from '@mikro-orm/postgresql';
import { applyRetention, type RetentionSettings } from '../core/services/retention/apply-retention.js';
import { defineJob, noPayload } from './define-job.js';

/** Retention is measured in days: hourly is plenty, and each run is a few indexed statements. */
export const RETENTION_EVERY_MS = 60 * 60 * 1000;

export interface RetentionJobDeps {
  em: EntityManager;
  clock: () => Date;
  settings: RetentionSettings;
}

/** The data-lifecycle run, on the maintenance worker (attempts 1: the next run comes within the hour anyway). */
export const retentionJob = defineJob({
  name: 'retention',
  queue: 'maintenance',
  payload: noPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  repeat: { schedulerId: 'retention', every: RETENTION_EVERY_MS },
  process: (deps: RetentionJobDeps) => applyRetention(deps.em.fork(), deps.clock(), deps.settings),
});
