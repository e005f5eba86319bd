import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import pg from 'pg';

/**
 * A small pool of its own for the booking call (book-seats.ts), which commits on its own (autocommit) while the message's
 * transaction is still open. A plain pg pool: the call is one named prepared statement (parsed and planned once per connection), with
 * no query builder in between. Its own pool, not the ORM's: every message transaction already holds one ORM
 * connection, so borrowing a second from the same pool could deadlock once all of them wait for one more.
 * A seat connection is held for one call (book_seats) and never waits on an ORM connection.
 */
const pools = new WeakMap<object, pg.Pool>();

export function seatPool(em: EntityManager): pg.Pool {
  const connection = em.getConnection() as PostgreSqlConnection;
  const existing = pools.get(connection);
  if (existing) return existing;
  // Same server, credentials and type parsers as the ORM; idle connections close soon and never keep a
  // process alive.
  const options = connection.mapOptions({});
  const pool = new pg.Pool({
    ...options,
    // Every statement on these connections is a keyed lookup or a keyed write, and a plan made while `orders` is
    // nearly empty must not scan it for the rest of the connection (the booking functions set the same).
    options: [options.options, '-c enable_seqscan=off -c plan_cache_mode=force_generic_plan']
      .filter(Boolean)
      .join(' '),
    min: 0,
    idleTimeoutMillis: 5_000,
    allowExitOnIdle: true,
  });
  pool.on('error', () => {}); // a dropped idle connection is replaced on the next checkout
  pools.set(connection, pool);
  // Closed with the ORM, so `orm.close()` leaves no connection behind (tests drop their database after).
  const close = connection.close.bind(connection);
  connection.close = async (force?: boolean) => {
    pools.delete(connection);
    await pool.end();
    await close(force);
  };
  return pool;
}
