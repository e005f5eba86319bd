import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline } from '../support/say-inline.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  // No workers: messages are handled inline so each reply can be read back in order.
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const say = (from: string, text: string) => sayInline(app, from, text);

describe('a conversation over the pipeline', () => {
  it('offers a human after two misunderstandings and records the handoff on "yes" (by number)', async () => {
    const phone = '+15550100104';
    expect((await say(phone, 'qwerty zxcv'))[0]).toMatch(/didn't understand/);
    const offer = await say(phone, 'blorp flarn');
    expect(offer[0]).toMatch(/person from the team/);
    expect((await say(phone, '1'))[0]).toMatch(/asked the team/);
    const handoffs = await sql<{ reason: string; status: string }>(
      `select h.reason, h.status from handoffs h join conversations c on c.id = h.conversation_id
         join contacts ct on ct.id = c.contact_id where ct.phone = ?`,
      [phone],
    );
    expect(handoffs).toEqual([{ reason: 'offered_after_misunderstanding', status: 'open' }]);
  });

  it('records one open handoff however often someone asks for a human', async () => {
    const phone = '+15550100105';
    expect((await say(phone, 'talk to a human please'))[0]).toMatch(/asked the team/);
    expect((await say(phone, 'I want to speak to a person'))[0]).toMatch(/already in the team's queue/);
    const [row] = await sql<{ n: string }>(
      `select count(*) as n from handoffs h join conversations c on c.id = h.conversation_id
         join contacts ct on ct.id = c.contact_id where ct.phone = ?`,
      [phone],
    );
    expect(Number(row?.n)).toBe(1);
  });

  it('does not guess an FAQ it does not have: it offers the team instead', async () => {
    const reply = await say('+15550100106', 'can I bring my pet iguana to the venue?');
    expect(reply[0]).toMatch(/rather not guess/);
  });

  it('honours STOP and START', async () => {
    const phone = '+15550100107';
    expect((await say(phone, 'STOP'))[0]).toMatch(/won't get any more updates/);
    const [stopped] = await sql<{ opted_out: boolean }>('select opted_out from contacts where phone = ?', [
      phone,
    ]);
    expect(stopped?.opted_out).toBe(true);
    expect((await say(phone, 'START'))[0]).toMatch(/updates and offers are on again/);
    const [started] = await sql<{ opted_out: boolean }>('select opted_out from contacts where phone = ?', [
      phone,
    ]);
    expect(started?.opted_out).toBe(false);
  });

  it('answers "yes" with nothing pending without inventing anything', async () => {
    expect((await say('+15550100108', 'yes'))[0]).toMatch(/nothing waiting for a yes or no/);
  });

  it('asks before deleting anything when someone wants their data gone', async () => {
    const [question] = await say('+15550100101', 'please delete all my data');
    expect(question).toMatch(/Forget me: I'll delete what I hold about you/);
    expect(question).toMatch(/Go ahead\?/);
  });
});
