import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Server-side prepared statements for the statements `prepare` (db/tables.ts) builds once: Kysely sends every
 * query unnamed, so Postgres parses, analyses and plans it on every call — per message, more Postgres CPU than
 * executing the hot path's short statements. The ORM's pool is given this client class (db/mikro-orm.config.ts),
 * which sends a registered SQL text as a named statement: parsed once per connection, and after a few runs
 * planned once too (Postgres's generic plan). Anything not registered goes through unchanged.
 */
const names = new Map<string, string>();

/** Registers a statement's SQL text; its name is derived from the text, so one text is never two names. */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `k_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);
}

export class NamedStatementsClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this only forwards them.
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' && Array.isArray(values) ? names.get(config) : undefined;
    if (name) return super.query({ name, text: config, values }, callback);
    return super.query(config, values, callback);
  }
}
