import type { Response } from 'express';
import type { Deps } from './compose.js';

/**
 * Twilio waits about 15 s for a webhook's answer. If the message is not stored well before that (Postgres
 * down, restarting, or frozen), the answer is 503 with Retry-After: Twilio then tries the Fallback URL
 * configured on the number, and its retries are deduped by MessageSid once we are back. Never a hang, never
 * a 200 for a message we do not have.
 */
export const STORE_DEADLINE_MS = 8_000;

export async function storeOr503(
  deps: Deps,
  res: Response,
  store: () => Promise<unknown>,
  deadlineMs = STORE_DEADLINE_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not stored within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    await Promise.race([store(), deadline]);
    return true;
  } catch (error) {
    deps.logger.warn({ err: error }, 'webhook not stored (database unavailable?): answered 503');
    res.status(503).set('Retry-After', '5').type('text/plain').send('Temporarily unavailable');
    return false;
  } finally {
    clearTimeout(timer);
  }
}
