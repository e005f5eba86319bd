import type { InboundMessage } from '../../../core/messages.js';

/**
 * Wraps `submit` so that the same provider message id (a double click, a retried fetch) is submitted
 * once, even while the first attempt is still in flight. The database's unique provider id is the real
 * guarantee; this only spares it the duplicate work. Failed attempts are forgotten so a retry can succeed.
 * `first` says whether this call's message is the one stored (an upload that is not can drop its bytes):
 * false for a repeat seen here, and for one the store reports as a duplicate.
 */
export function submitOnce(
  submit: (message: InboundMessage) => Promise<{ duplicate: boolean }>,
  remember = 1000,
): (message: InboundMessage) => Promise<{ first: boolean }> {
  const recent = new Map<string, Promise<unknown>>();
  return async (message) => {
    const key = message.providerMessageId;
    const known = recent.get(key);
    if (known) {
      await known;
      return { first: false };
    }
    const attempt = submit(message);
    recent.set(key, attempt);
    attempt.catch(() => recent.delete(key));
    // Maps iterate in insertion order, so the first key is the oldest.
    if (recent.size > remember) recent.delete(recent.keys().next().value as string);
    const outcome = await attempt;
    return { first: !outcome.duplicate };
  };
}
