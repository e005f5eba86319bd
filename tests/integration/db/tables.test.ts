import { ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, tables } from '../../../db/tables.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

/** What `InferClassEntityDB`'s default naming derives at type level: snake_case, `_id` on a foreign key. */
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

describe('tables(em): the hot path’s Kysely over SQL names', () => {
  it('names each table as the ORM maps it, and each column as the type derives it', () => {
    const metadata = app.deps.db.em.getMetadata();
    for (const [entity, table] of Object.entries(TABLES)) {
      const meta = metadata.getByClassName(entity);
      expect(meta.tableName, entity).toBe(table);
      for (const prop of meta.props) {
        if (!prop.fieldNames?.length || prop.persist === false) continue;
        const derived =
          prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE
            ? `${snake(prop.name)}_id`
            : snake(prop.name);
        expect(prop.fieldNames, `${entity}.${prop.name}`).toEqual([derived]);
      }
    }
  });

  it('reads and writes real rows in the current transaction', async () => {
    const em = app.deps.db.em.fork();
    const phone = `whatsapp:+1555019${Math.floor(Math.random() * 9000 + 1000)}`;
    const seen = await em.transactional(async (tx) => {
      await tables(tx)
        .insertInto('contacts')
        .values({ id: crypto.randomUUID(), phone, opted_out: false, created_at: new Date() })
        .execute();
      return tables(tx)
        .selectFrom('contacts')
        .select(['phone', 'opted_out as optedOut'])
        .where('phone', '=', phone)
        .executeTakeFirst();
    });
    expect(seen).toEqual({ phone, optedOut: false });
    await tables(em).deleteFrom('contacts').where('phone', '=', phone).execute();
  });
});
