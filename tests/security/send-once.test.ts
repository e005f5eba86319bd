import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelSendError, type ChannelSender, type SendRequest } from '../../core/ports/channel-sender.js';
import { deliverOutboxRow } from '../../core/services/outbox/deliver-outbox-row.js';
import { enqueueReplies } from '../../core/services/outbox/enqueue-replies.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/**
 * Issue 15, item 5: once the provider accepted a message, a failing bookkeeping write (a database blip
 * right after the send) used to put the row back to pending, and the retry sent it a second time.
 */
const RECIPIENT = '+15550108101';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(() => app?.close());

const sql = <T = unknown>(query: string, params: unknown[] = []) =>
  app.deps.db.em.fork().execute<T[]>(query, params);

describe('after a successful send', () => {
  it('a failed bookkeeping write does not cause a second send', async () => {
    const [outboxId] = await app.deps.db.em
      .fork()
      .transactional((tx) =>
        enqueueReplies(tx, { contactId: null, channel: 'whatsapp', address: RECIPIENT, eventId: null }, [
          { kind: 'text', text: 'Your ticket is booked.' },
        ]),
      );
    // The first update of the message after the send fails, as during a database blip (a sequence, so the
    // count survives the failed statement's rollback).
    await sql('create sequence blip_once');
    await sql(`create or replace function blip_once() returns trigger language plpgsql as $$
      begin
        if new.status = 'sent' and nextval('blip_once') = 1 then raise exception 'connection reset'; end if;
        return new;
      end $$`);
    await sql(
      `create trigger blip_once before update on messages for each row when (new.address = '${RECIPIENT}') execute function blip_once()`,
    );
    const sends: SendRequest[] = [];
    const sender: ChannelSender = {
      name: 'whatsapp',
      async send(request) {
        sends.push(request);
        return { providerMessageId: `SM${sends.length}`, status: 'sent' };
      },
    };
    const deps = { em: app.deps.db.em, senders: { whatsapp: sender }, clock: () => new Date() };

    const first = await deliverOutboxRow(deps, outboxId!, { finalAttempt: false }).catch((e: Error) => e);
    // What a retry or the sweeper would do next.
    const again = await deliverOutboxRow(deps, outboxId!, { finalAttempt: false }).catch((e: Error) => e);

    expect(sends).toHaveLength(1);
    expect(first).toBe('sent');
    expect(again).toBe('not-pending');
    const [row] = await sql<{ status: string; message_status: string; provider_message_id: string }>(
      `select o.status, m.status as message_status, m.provider_message_id
         from outbox o join messages m on m.id = o.message_id where o.id = ?`,
      [outboxId],
    );
    expect(row).toEqual({ status: 'sent', message_status: 'sent', provider_message_id: 'SM1' });
  });
});

describe('a provider outage', () => {
  it('keeps a reply pending through the last attempt, and gives up only past the retry window', async () => {
    const [outboxId] = await app.deps.db.em
      .fork()
      .transactional((tx) =>
        enqueueReplies(tx, { contactId: null, channel: 'whatsapp', address: '+15550108102', eventId: null }, [
          { kind: 'text', text: 'See you there.' },
        ]),
      );
    const failing: ChannelSender = {
      name: 'whatsapp',
      send: async () => {
        throw new ChannelSendError('http_500', 'Twilio is down', false);
      },
    };
    const deps = { em: app.deps.db.em, senders: { whatsapp: failing }, clock: () => new Date() };
    await expect(deliverOutboxRow(deps, outboxId!, { finalAttempt: true })).rejects.toThrow(/Twilio is down/);
    const status = async () =>
      (await sql<{ status: string }>('select status from outbox where id = ?', [outboxId]))[0]?.status;
    expect(await status()).toBe('pending');

    await sql("update outbox set created_at = now() - interval '11 minutes' where id = ?", [outboxId]);
    expect(await deliverOutboxRow(deps, outboxId!, { finalAttempt: true })).toBe('failed');
    expect(await status()).toBe('failed');
  });
});

describe('a reply queued behind an earlier one to the same person', () => {
  it('is looked at again, not dropped, when the earlier one is sent between its claim and the reason asked', async () => {
    const address = '+15550108103';
    const reply = (text: string) =>
      app.deps.db.em
        .fork()
        .transactional((tx) =>
          enqueueReplies(tx, { contactId: null, channel: 'whatsapp', address, eventId: null }, [
            { kind: 'text', text },
          ]),
        );
    const [earlier] = await reply('Your ticket is booked.');
    const [later] = await reply('Anything else?');
    // Another job is sending the earlier reply right now.
    await sql(
      "update outbox set status = 'sending', lease_until = now() + interval '2 minutes' where id = ?",
      [earlier],
    );
    const sends: SendRequest[] = [];
    const sender: ChannelSender = {
      name: 'whatsapp',
      async send(request) {
        sends.push(request);
        return { providerMessageId: `SM-behind-${sends.length}`, status: 'sent' };
      },
    };
    const deps = { em: app.deps.db.em, senders: { whatsapp: sender }, clock: () => new Date() };
    // Every UPDATE of outbox waits at its end while the test holds lock 4242: the later reply's claim (which
    // sees the earlier one still sending, so takes nothing) is held there while the earlier one is sent.
    await sql(`create function hold_outbox_updates() returns trigger language plpgsql as $$
      begin perform pg_advisory_lock_shared(4242); perform pg_advisory_unlock_shared(4242); return null; end $$`);
    await sql(
      'create trigger hold_outbox_updates after update on outbox for each statement execute function hold_outbox_updates()',
    );
    // A session of its own (not the ORM's), holding the lock while the rest runs on the app's pool.
    const holder = new pg.Client({ connectionString: app.deps.config.databaseUrl });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock(4242)');
      const delivering = deliverOutboxRow(deps, later!, { finalAttempt: false, afterEarlier: true });
      await eventually(
        async () =>
          (
            await sql<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
            )
          )[0]!.n > 0,
        10_000,
        'the claim to wait at its end',
      );
      // The other job finishes: the earlier reply is sent (triggers off, so this update is not held).
      await holder.query('set session_replication_role = replica');
      await holder.query("update outbox set status = 'sent', lease_until = null where id = $1", [earlier]);
      await holder.query('select pg_advisory_unlock(4242)');
      const outcome = await delivering;
      expect(outcome).toBe('behind');
    } finally {
      await holder.end();
      await sql('drop trigger hold_outbox_updates on outbox');
      await sql('drop function hold_outbox_updates()');
    }
    // The job looks again, as the delivery job does 250 ms later, and sends it once.
    expect(await deliverOutboxRow(deps, later!, { finalAttempt: false, afterEarlier: true })).toBe('sent');
    expect(sends.map((s) => s.to)).toEqual([address]);
  });
});
