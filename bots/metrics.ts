import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { readBacklog } from '../core/services/metrics/read-backlog.js';
import type { Queues } from '../jobs/queues.js';

/** The queues /metrics reports the depth of: the per-message path. */
const WATCHED_QUEUES = ['inbound', 'delivery'] as const;
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * One process's Prometheus metrics (a registry of its own, no module-level state). Counters and histograms
 * count what this process did; queue depths and the Postgres backlog are read at scrape time, so every
 * process answers them alike.
 */
export interface Metrics {
  registry: Registry;
  /** Express middleware timing requests (the webhooks) by the route that answered and the status. */
  timeRequests(mount: string): (req: Request, res: Response, next: NextFunction) => void;
  /** A job finished (by any worker of this process): its queue, name, outcome and duration. */
  jobFinished(job: { queue: string; name: string; ok: boolean; seconds: number }): void;
  /** A provider refused or failed a send (twilio_http_500, twilio_network, …). */
  providerError(channel: string, code: string): void;
  /** A message was handled as `handledAs`; `out_of_scope` counts as an understanding fallback. */
  handled(handledAs: string | null): void;
}

export function createMetrics(sources: { queues: Queues; em: EntityManager }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'eventos_' });
  const webhookSeconds = new Histogram({
    name: 'eventos_webhook_duration_seconds',
    help: 'Time from a webhook request to its answer (Twilio waits ~15 s; the ack goal is < 50 ms)',
    labelNames: ['route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobSeconds = new Histogram({
    name: 'eventos_job_duration_seconds',
    help: 'Time a job ran on a worker of this process, by queue, job name and outcome',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const providerErrors = new Counter({
    name: 'eventos_provider_errors_total',
    help: 'Sends a provider refused or failed, by channel and error code',
    labelNames: ['channel', 'code'] as const,
    registers: [registry],
  });
  const handledMessages = new Counter({
    name: 'eventos_messages_handled_total',
    help: 'Inbound messages handled, by what they were handled as (the intent, opt_in, handoff_relay…)',
    labelNames: ['handled_as'] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'eventos_understanding_fallbacks_total',
    help: 'Inbound messages the bot did not understand (answered as out of scope)',
    registers: [registry],
  });
  new Gauge({
    name: 'eventos_queue_jobs',
    help: 'Jobs in a queue by state (read from Redis at scrape time)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      for (const queue of WATCHED_QUEUES) {
        const counts = await sources.queues[queue].getJobCounts(...JOB_STATES).catch(() => null);
        for (const state of JOB_STATES) if (counts) this.set({ queue, state }, counts[state] ?? 0);
      }
    },
  });
  // The Postgres backlog: the registry collects every metric at once, so the gauges below share one read.
  let backlog: ReturnType<typeof readBacklog> | null = null;
  const readOnce = () => {
    backlog ??= readBacklog(sources.em.fork()).finally(() => {
      backlog = null;
    });
    return backlog.catch(() => null);
  };
  const backlogGauge = (name: string, help: string, pick: (b: Awaited<typeof backlog>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const read = await readOnce();
        if (read) this.set(pick(read));
      },
    });
  backlogGauge(
    'eventos_outbox_waiting',
    'Outbox rows not yet sent (pending or mid-send)',
    (b) => b!.outbox.waiting,
  );
  backlogGauge(
    'eventos_outbox_lag_seconds',
    'Age of the oldest outbox row not yet sent (0: none waiting)',
    (b) => b!.outbox.oldestSeconds,
  );
  backlogGauge(
    'eventos_inbound_waiting',
    'Inbound messages stored but not yet handled',
    (b) => b!.inbound.waiting,
  );
  backlogGauge(
    'eventos_inbound_lag_seconds',
    'Age of the oldest inbound message not yet handled (0: none waiting)',
    (b) => b!.inbound.oldestSeconds,
  );
  new Gauge({
    name: 'eventos_booking_attempts_recent',
    help: 'Booking attempts of the last five minutes by outcome (booked, reserved, rejected)',
    labelNames: ['outcome'] as const,
    registers: [registry],
    async collect() {
      const read = await readOnce();
      if (!read) return;
      this.reset();
      for (const outcome of ['booked', 'reserved', 'rejected']) this.set({ outcome }, 0);
      for (const row of read.bookings) this.set({ outcome: row.outcome }, row.count);
    },
  });

  return {
    registry,
    timeRequests: (mount) => (req, res, next) => {
      const stop = webhookSeconds.startTimer();
      // The route's pattern, not the URL: bounded label values whatever a client sends.
      const route = () => (typeof req.route?.path === 'string' ? req.route.path : `${mount}/*`);
      res.once('finish', () => stop({ route: route(), status: res.statusCode }));
      next();
    },
    jobFinished: ({ queue, name, ok, seconds }) =>
      jobSeconds.observe({ queue, job: name, outcome: ok ? 'completed' : 'failed' }, seconds),
    providerError: (channel, code) => providerErrors.inc({ channel, code }),
    handled(handledAs) {
      handledMessages.inc({ handled_as: handledAs ?? 'none' });
      if (handledAs === 'out_of_scope') fallbacks.inc();
    },
  };
}
