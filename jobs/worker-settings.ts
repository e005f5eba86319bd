/**
 * One lock and stall policy for every worker: a killed worker's job is picked up again after about
 * `stalledInterval`, the same everywhere (BullMQ's defaults would leave it stranded for 30–60 s).
 */
export const WORKER_SETTINGS = { lockDuration: 15_000, stalledInterval: 15_000, maxStalledCount: 2 } as const;
