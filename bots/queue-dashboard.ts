import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Router } from 'express';
import { QUEUE_NAMES, type QueueName, type Queues } from '../jobs/queues.js';

/** Where the dashboard lives inside the console (so behind its login). */
export const QUEUE_DASHBOARD_PATH = '/queues';

/**
 * The BullMQ dashboard for operators (`@bull-board/express`), mounted at /console/queues after the
 * console's login gate, so it needs the same session. Read-only: retrying, cleaning or promoting jobs by
 * hand could send a reply twice or out of order, so the buttons are off (and a state-changing request
 * without the console's CSRF header is refused by the gate anyway).
 */
export function createQueueDashboard(queues: Queues, consoleBase = '/console'): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(`${consoleBase}${QUEUE_DASHBOARD_PATH}`);
  createBullBoard({
    queues: (Object.keys(QUEUE_NAMES) as QueueName[]).map(
      (name) => new BullMQAdapter(queues[name], { readOnlyMode: true }),
    ),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'EventOS queues' } },
  });
  return adapter.getRouter() as Router;
}
