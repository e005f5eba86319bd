/**
 * What entry points (bots/) use to reach the queues: creating them, and the two jobs every entry point
 * enqueues. The jobs themselves live one per file (`<name>.job.ts`); job files import create-queues.ts.
 */
export {
  createQueues,
  JOB_ATTEMPTS,
  QUEUE_NAMES,
  type QueueName,
  type Queues,
  withTimeout,
} from './create-queues.js';
export { enqueueDeliveries } from './delivery.job.js';
export { enqueueInbound } from './inbound.job.js';
