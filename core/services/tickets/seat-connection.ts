import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

/**
 * A small pool of its own for the seat statement, which commits on its own (autocommit) while the message's
 * transaction is still open. Its own pool, not the ORM's: every message transaction already holds one ORM
 * connection, so borrowing a second from the same pool could deadlock once all of them wait for one more.
 * Seat connections are held for three short statements and never wait on an ORM connection.
 */
const pools = new WeakMap<object, Kysely<unknown>>();

export function seatConnection(em: EntityManager): Kysely<unknown> {
  const connection = em.getConnection() as PostgreSqlConnection;
  const existing = pools.get(connection);
  if (existing) return existing;
  // Same server, credentials and type parsers as the ORM; idle connections close soon and never keep a
  // process alive.
  const pool = new pg.Pool({
    ...connection.mapOptions({}),
    min: 0,
    idleTimeoutMillis: 5_000,
    allowExitOnIdle: true,
  });
  pool.on('error', () => {}); // a dropped idle connection is replaced on the next checkout
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  pools.set(connection, db);
  // Closed with the ORM, so `orm.close()` leaves no connection behind (tests drop their database after).
  const close = connection.close.bind(connection);
  connection.close = async (force?: boolean) => {
    pools.delete(connection);
    await db.destroy();
    await close(force);
  };
  return db;
}
