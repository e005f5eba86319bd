import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../../../db/tables.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const contactsByPhone = prepare((db, args: { phone: string }) =>
  db.selectFrom('contacts').select('id').where('phone', '=', args.phone),
);

/** The statements on this connection that Postgres keeps parsed (and planned), by their text. */
const preparedOnConnection = (tx: Parameters<typeof contactsByPhone>[0]) =>
  tx.execute<{ name: string; statement: string }[]>('select name, statement from pg_prepared_statements');

describe('named prepared statements for the hot path (db/named-statements.ts)', () => {
  it('keeps a prepare()d statement parsed on the connection, under one name, and still binds each call', async () => {
    const em = app.deps.db.em.fork();
    const phone = `whatsapp:+1555018${Math.floor(Math.random() * 9000 + 1000)}`;
    await em.transactional(async (tx) => {
      // One transaction: one connection, so what the first calls left behind is visible to the last.
      const id = crypto.randomUUID();
      await tx.execute(
        'insert into contacts (id, phone, opted_out, created_at) values (?, ?, false, now())',
        [id, phone],
      );
      expect(await contactsByPhone(tx, { phone })).toEqual([{ id }]);
      expect(await contactsByPhone(tx, { phone: `${phone}0` })).toEqual([]);
      const named = (await preparedOnConnection(tx)).filter((s) => /from "contacts"/.test(s.statement));
      expect(named).toHaveLength(1);
      expect(named[0]!.name).toMatch(/^k_[0-9a-f]{20}$/);
    });
  });

  it('leaves every other query unnamed (the ORM’s own, raw SQL)', async () => {
    const em = app.deps.db.em.fork();
    await em.transactional(async (tx) => {
      await tx.execute('select count(*) from events where id <> ?', ['none']);
      const named = (await preparedOnConnection(tx)).filter((s) => /from events/.test(s.statement));
      expect(named).toEqual([]);
    });
  });
});
