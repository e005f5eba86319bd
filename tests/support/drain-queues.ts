import type { Queue } from 'bullmq';
import { QUEUE_NAMES, type QueueName, type Queues } from '../../jobs/create-queues.js';

/**
 * Waits until the workers have nothing left to do: on every queue no job waiting, active, or delayed and due
 * within `dueWithinMs` (a re-check, a retry's backoff, a paced delivery) — job schedulers' next runs and
 * far-off timers do not count. Checked twice in a row, so a job that queues another as it ends is seen.
 * This is how a test proves that "nothing else happened", instead of sleeping a fixed time.
 */
export async function drainQueues(
  queues: Queues,
  options: { timeoutMs?: number; dueWithinMs?: number } = {},
): Promise<void> {
  const { timeoutMs = 15_000, dueWithinMs = 2_000 } = options;
  const all = (Object.keys(QUEUE_NAMES) as QueueName[]).map((name) => queues[name]);
  const deadline = Date.now() + timeoutMs;
  let idleChecks = 0;
  for (;;) {
    const busy = (await Promise.all(all.map((queue) => pendingJobs(queue, dueWithinMs)))).flat();
    idleChecks = busy.length === 0 ? idleChecks + 1 : 0;
    if (idleChecks === 2) return;
    if (Date.now() > deadline) throw new Error(`Queues still busy after ${timeoutMs} ms: ${busy.join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function pendingJobs(queue: Queue, dueWithinMs: number): Promise<string[]> {
  const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
  const busy = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${queue.name}: ${n} ${state}`);
  // A delayed job's due time is at most `timestamp + delay` (a re-delayed job keeps its first timestamp).
  const dueSoon = (await queue.getDelayed()).filter(
    (job) => !job.repeatJobKey && job.timestamp + job.delay <= Date.now() + dueWithinMs,
  );
  if (dueSoon.length > 0) busy.push(`${queue.name}: ${dueSoon.length} delayed, due soon`);
  return busy;
}
