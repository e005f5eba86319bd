import { countRecentFailures } from '../core/services/outbox/count-failed.js';
import type { Deps } from './compose.js';
import { whatsappWebHealth } from './whatsapp-web-health.js';

/** A check that has not answered by then counts as down: /healthz must answer while a service hangs. */
const CHECK_TIMEOUT_MS = 1_500;

export interface Health {
  ok: boolean;
  db: 'ok' | 'down';
  redis: 'ok' | 'down';
  /** Failed work of the last day (poison inbound messages, deliveries that failed for good); absent while the db is down. */
  failed?: { inbound: number; outbox: number };
  /** The WhatsApp Web gateway's state, when one runs or an event needs one (it does not change `ok`). */
  whatsappWeb?: Record<string, string>;
}

/** What /healthz reports: each service up or down within a bound, and the recent failures. */
export async function checkHealth(deps: Deps): Promise<Health> {
  const [dbUp, redisUp, whatsappWeb] = await Promise.all([
    within(deps.db.checkConnection().then((check) => check.ok)),
    within(deps.queues.ping()),
    within(whatsappWebHealth(deps)),
  ]);
  const failed = dbUp ? await within(countRecentFailures(deps.db.em.fork())) : false;
  return {
    ok: dbUp && redisUp,
    db: dbUp ? 'ok' : 'down',
    redis: redisUp ? 'ok' : 'down',
    ...(failed ? { failed } : {}),
    ...(whatsappWeb ? { whatsappWeb } : {}),
  };
}

/** The value, or false when the work fails or takes longer than CHECK_TIMEOUT_MS. */
function within<T>(work: Promise<T>): Promise<T | false> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((done) => {
    timer = setTimeout(() => done(false), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work.catch(() => false as const), timeout]).finally(() => clearTimeout(timer));
}
