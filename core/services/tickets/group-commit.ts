/** One item's outcome in a batch: its own value or its own error (one item's failure is never another's). */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

interface Lane<I, O> {
  queue: Pending<I, O>[];
  sending: boolean;
}

/**
 * Application-level group commit: per key, at most one batch is in flight; calls that arrive meanwhile queue
 * and leave together as the next batch (up to `maxBatch`), so one round trip and one commit serve them all.
 * No timer: a call on an idle key is sent at once, so a lone call is never delayed; batching only ever
 * gathers what would otherwise wait anyway (on the hot row the in-flight call holds).
 */
export class GroupCommit<I, O> {
  private readonly lanes = new Map<string, Lane<I, O>>();

  constructor(
    private readonly send: (items: I[]) => Promise<Settled<O>[]>,
    private readonly maxBatch: number,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { queue: [], sending: false };
        this.lanes.set(key, lane);
      }
      lane.queue.push({ item, resolve, reject });
      if (!lane.sending) void this.drain(key, lane);
    });
  }

  private async drain(key: string, lane: Lane<I, O>): Promise<void> {
    lane.sending = true;
    while (lane.queue.length > 0) {
      const batch = lane.queue.splice(0, this.maxBatch);
      let outcomes: Settled<O>[];
      try {
        outcomes = await this.send(batch.map((p) => p.item));
      } catch (error) {
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((pending, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) pending.resolve(outcome.value);
        else pending.reject(outcome ? outcome.error : new Error('group commit: no outcome for an item'));
      });
      // One turn of the event loop (setImmediate, no timer) for the callers just answered: a next call they make
      // at once joins this queue. Without it two cohorts formed and alternated (at 10 callers, batches of 1
      // and 9: the one that went out alone while the nine queued, then the nine while the one came back).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    lane.sending = false;
    this.lanes.delete(key);
  }
}
