import { ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare, TABLES, tables } from '../../../db/tables.js';
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

  it('prepare: compiles once, then binds each call’s own values (text, boolean, Date, JSON)', async () => {
    let builds = 0;
    const insert = prepare((db, args: { id: string; phone: string; optedOut: boolean; at: Date }) => {
      builds += 1;
      return db
        .insertInto('contacts')
        .values({
          id: args.id,
          phone: args.phone,
          opted_out: args.optedOut,
          last_inbound_at: args.at,
          created_at: new Date(0),
        })
        .returning(['phone', 'opted_out as optedOut', 'last_inbound_at as lastInboundAt']);
    });
    const em = app.deps.db.em.fork();
    const a = { id: crypto.randomUUID(), phone: `whatsapp:+1555018${Date.now() % 10000}`, optedOut: true };
    const b = { id: crypto.randomUUID(), phone: `${a.phone}9`, optedOut: false };
    const [first] = await insert(em, { ...a, at: new Date('2026-01-02T03:04:05Z') });
    const [second] = await insert(em, { ...b, at: new Date('2027-06-07T08:09:10Z') });
    expect(builds).toBe(1);
    expect(first).toMatchObject({ phone: a.phone, optedOut: true });
    expect(second).toMatchObject({ phone: b.phone, optedOut: false });
    expect(new Date(second!.lastInboundAt!).toISOString()).toBe('2027-06-07T08:09:10.000Z');

    const state = prepare((db, args: { id: string; state: Record<string, unknown> }) =>
      db.updateTable('conversations').set({ state: args.state }).where('id', '=', args.id).returning('state'),
    );
    // No such conversation: nothing updated, and a JSON value binds without error.
    expect(await state(em, { id: crypto.randomUUID(), state: { misunderstood: 2 } })).toEqual([]);
    await tables(em).deleteFrom('contacts').where('phone', 'in', [a.phone, b.phone]).execute();
  });
});
