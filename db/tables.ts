import type { EntityManager, InferClassEntityDB, SnakeCase } from '@mikro-orm/postgresql';
import { type ColumnType, type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { entities } from './entities/index.js';
import type { DB } from './kysely.js';
import { nameStatement } from './named-statements.js';

/**
 * The SQL table of each entity the per-message hot path touches. Checked against the ORM's metadata by
 * tests/integration/db/tables.test.ts, so a renamed table fails there before it fails in production.
 */
export const TABLES = {
  Attendee: 'attendees',
  Contact: 'contacts',
  Conversation: 'conversations',
  Event: 'events',
  Message: 'messages',
  Outbox: 'outbox',
  Venue: 'venues',
} as const;

type Entities = (typeof entities)[number];
/**
 * Columns by their SQL names (`event_id` for the `event` relation), tables by the snake-cased entity name.
 * MikroORM's type leaves JSON columns out of this form, so it only tells which properties are foreign keys.
 */
type Underscored = InferClassEntityDB<Entities, { columnNamingStrategy: 'column' }>;
type SqlColumn<K extends string, U> =
  SnakeCase<K> extends keyof U
    ? SnakeCase<K>
    : `${SnakeCase<K>}_id` extends keyof U
      ? `${SnakeCase<K>}_id`
      : SnakeCase<K>;
/**
 * A column's value as the driver gives it without the plugin: MikroORM's pool keeps timestamps as the strings
 * Postgres sends (convert with `new Date(...)`); a Date is still accepted when writing.
 */
type SqlValue<T> = [NonNullable<T>] extends [Date]
  ? ColumnType<string | Extract<T, null>, Date | string | Extract<T, null>, Date | string | Extract<T, null>>
  : T;
/** One entity's columns under their SQL names, typed as `kysely(em)` types them (timestamps aside). */
type SqlColumns<E extends keyof DB & keyof typeof TABLES> = {
  [K in keyof DB[E] & string as SqlColumn<K, Underscored[SnakeCase<E> & keyof Underscored]>]: SqlValue<
    DB[E][K]
  >;
};

/** The hot tables as Postgres names them: table and column names are the SQL ones, the types the entities'. */
export type TablesDB = {
  [E in keyof typeof TABLES as (typeof TABLES)[E]]: SqlColumns<E>;
};

/**
 * A Kysely over the SQL names, bound to `em`'s current transaction like `kysely(em)` but without its naming
 * plugin: that plugin rewrites every query's syntax tree and every result row (about 0.1 ms of CPU per
 * query), which on the per-message path (webhook, inbound job, delivery) cost more than the database work.
 * Results come back under the SQL column names with the pool's values (timestamps as strings, jsonb parsed);
 * alias columns to camelCase in the select. JSON values must be objects (the driver serializes arrays as
 * Postgres arrays).
 */
export function tables(em: EntityManager): Kysely<TablesDB> {
  return em.getKysely() as unknown as Kysely<TablesDB>;
}

const PARAM = Symbol('statement parameter');
type Placeholder = { readonly [PARAM]: string };
const isPlaceholder = (value: unknown): value is Placeholder =>
  typeof value === 'object' && value !== null && PARAM in value;

/**
 * A statement written with Kysely (so typed by `TablesDB`) but built and compiled once, then run with each
 * call's values. Building and compiling a query costs ~0.1 ms of CPU, more than the rest of the client's
 * work, so the per-message statements are prepared this way. `build` must use `args` only as values (in
 * `where`, `values`, `set`, `eb.val`, `sql` fragments) — it runs once, with placeholders standing in for them;
 * a statement whose shape varies (a number of rows) is one prepared statement per shape.
 */
export function prepare<A extends Record<string, unknown>, O>(
  build: (db: Kysely<TablesDB>, args: A) => Compilable<O>,
): (em: EntityManager, args: A) => Promise<O[]> {
  let compiled: CompiledQuery<O> | undefined;
  return async (em, args) => {
    const db = tables(em);
    if (!compiled) {
      const placeholders = new Proxy({} as A, { get: (_, key) => ({ [PARAM]: String(key) }) });
      compiled = build(db, placeholders).compile();
      nameStatement(compiled.sql);
    }
    const parameters = compiled.parameters.map((value) =>
      isPlaceholder(value) ? args[value[PARAM]] : value,
    );
    const result = await db.executeQuery(CompiledQuery.raw(compiled.sql, parameters));
    return result.rows as O[];
  };
}
