/**
 * Preloaded (`--import`) into the bench's `eventos serve` / `eventos worker` children: counts the Postgres
 * round trips the process makes (every `pg` client query, prepared or not) and answers the bench's "count?"
 * over the IPC channel. Measurement only: nothing in the app imports it.
 */
import pg from 'pg';

let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

if (process.send) {
  process.on('message', (message) => {
    if (message === 'round-trips?') process.send?.({ roundTrips });
  });
  // The channel must not keep a finished process alive.
  process.channel?.unref();
}

export const countedRoundTrips = () => roundTrips;
