import type { EntityManager, InferClassEntityDB } from '@mikro-orm/postgresql';
import type { Kysely } from 'kysely';
import type { entities } from './entities/index.js';

/**
 * How our queries name things: tables by entity name (`Order`), columns by entity property (`totalCents`,
 * `order` for the `order_id` foreign key), values converted both ways (Date ↔ timestamptz, custom types).
 */
const NAMING = {
  tableNamingStrategy: 'entity',
  columnNamingStrategy: 'property',
  convertValues: true,
} as const;

/** The database as Kysely sees it, derived from the entities: a renamed property breaks the typecheck. */
export type DB = InferClassEntityDB<(typeof entities)[number], typeof NAMING>;

/** A Kysely instance typed from the entities and bound to `em`'s current transaction, if any. */
export function kysely(em: EntityManager): Kysely<DB> {
  return em.getKysely(NAMING) as unknown as Kysely<DB>;
}
