import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseCsat } from '../../../core/services/csat/csat-summary.js';
import { sayInline, tapInline } from '../../support/say-inline.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../../support/start-test-app.js';
import { ticketHolder } from '../../support/ticket-holder.js';
import { zoneAt } from '../../support/zone-at.js';

const EVENT = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await keepDemoEventOnSale(app);
  await setEventHour(12);
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const setEventHour = (hour: number) =>
  sql(`update events set timezone = ? where id = ?`, [zoneAt(new Date(), hour), EVENT]);

const requestsOf = (phone: string) =>
  sql<{ id: string; source: string; rating: number | null }>(
    `select r.id, r.source, r.rating from csat_requests r join conversations c on c.id = r.conversation_id
      join contacts k on k.id = c.contact_id where k.phone = ? order by r.asked_at`,
    [phone],
  );

/** A free Expo pass, then "cancel my booking" → "yes": the bot ends the issue on its own. */
async function cancelOne(phone: string) {
  const [known] = await sql<{ id: string }>(`select id from contacts where phone = ?`, [phone]);
  if (!known) await ticketHolder(app, { eventId: EVENT, phone, tier: 'expo' });
  else
    await sql(
      `with o as (
         insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
           currency, status, created_at, confirmed_at)
         select gen_random_uuid(), ?, t.id, ?, ?, 1, 0, 0, 'EUR', 'confirmed', now(), now()
           from ticket_tiers t where t.event_id = ? and t.code = 'expo' returning id)
       insert into tickets (id, order_id, reference, status, created_at)
       select gen_random_uuid(), o.id, 'DS26-SEC0-ND01', 'valid', now() from o`,
      [EVENT, known.id, `TEST2-${phone}`, EVENT],
    );
  expect(await say(phone, 'cancel my booking')).toMatch(/Cancel your/);
  return say(phone, 'yes');
}

describe('"Did we solve it?" after a conversation the bot ended on its own (a completed cancellation)', () => {
  it('asks once with the cancellation, in the same message; "1" is 👍 and /eventos csat counts it as bot', async () => {
    const reply = await cancelOne('+15550188001');
    expect(reply).toMatch(/cancelled 1 ticket[^\n]*\n\nDid we solve it\?\n\n1\. 👍 Yes\n2\. 👎 No/);
    expect(await say('+15550188001', '1')).toMatch(/Great — thanks for letting us know/);
    expect(await requestsOf('+15550188001')).toMatchObject([{ source: 'bot', rating: 1 }]);
    const [conversation] = await sql<{ resolved: boolean; satisfaction_rating: number }>(
      `select c.resolved, c.satisfaction_rating from conversations c join contacts k on k.id = c.contact_id
        where k.phone = ?`,
      ['+15550188001'],
    );
    expect(conversation).toEqual({ resolved: true, satisfaction_rating: 1 });
    const days = await summariseCsat(app.deps.db.em.fork(), EVENT);
    expect(days.filter((d) => d.source === 'bot')).toMatchObject([{ asked: 1, answered: 1, up: 1 }]);
  });

  it('a second cancellation in the same conversation is not asked again', async () => {
    const reply = await cancelOne('+15550188001');
    expect(reply).toMatch(/cancelled/);
    expect(reply).not.toMatch(/Did we solve it/);
    expect(await requestsOf('+15550188001')).toHaveLength(1);
  });

  it('in Portuguese for someone who writes Portuguese', async () => {
    await ticketHolder(app, { eventId: EVENT, phone: '+15550188002', tier: 'expo' });
    expect(await say('+15550188002', 'quero cancelar a minha reserva')).toMatch(/Cancelar/i);
    expect(await say('+15550188002', 'sim')).toMatch(/Resolvemos o seu problema\?\n\n1\. 👍 Sim\n2\. 👎 Não/);
  });

  it('not in the quiet hours at the venue, not to someone who opted out, not after a handoff’s CSAT', async () => {
    await setEventHour(23);
    expect(await cancelOne('+15550188003')).not.toMatch(/Did we solve it/);
    await setEventHour(12);

    await ticketHolder(app, { eventId: EVENT, phone: '+15550188004', tier: 'expo' });
    await say('+15550188004', 'STOP');
    expect(await say('+15550188004', 'cancel my booking')).toMatch(/Cancel your/);
    expect(await say('+15550188004', 'yes')).not.toMatch(/Did we solve it/);

    await ticketHolder(app, { eventId: EVENT, phone: '+15550188005', tier: 'expo' });
    await say('+15550188005', 'hello');
    await sql(
      `insert into csat_requests (id, conversation_id, handoff_id, source, asked_at)
       select gen_random_uuid(), c.id, null, 'human', now() from conversations c
         join contacts k on k.id = c.contact_id where k.phone = ?`,
      ['+15550188005'],
    );
    expect(await say('+15550188005', 'cancel my booking')).toMatch(/Cancel your/);
    expect(await say('+15550188005', 'yes')).not.toMatch(/Did we solve it/);
    for (const phone of ['+15550188003', '+15550188004', '+15550188005'])
      expect((await requestsOf(phone)).filter((r) => r.source === 'bot')).toEqual([]);
  });

  it('a double tap on 👍 counts once', async () => {
    await setEventHour(12);
    await cancelOne('+15550188006');
    const [request] = await requestsOf('+15550188006');
    const replies = await Promise.all([
      tapInline(app, '+15550188006', `act:csat:${request!.id}:up`),
      tapInline(app, '+15550188006', `act:csat:${request!.id}:up`),
    ]);
    expect(replies.flat().filter((r) => /Great — thanks/.test(r))).toHaveLength(1);
    expect(await requestsOf('+15550188006')).toMatchObject([{ rating: 1 }]);
  });
});
