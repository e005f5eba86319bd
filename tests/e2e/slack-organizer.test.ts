import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_IS_BACK } from '../../core/services/handoffs/resolve-handoff.js';
import { eventually } from '../support/eventually.js';
import { ORGANIZER_SLACK_ID, postButton, postCommand, postThreadReply } from '../support/slack-client.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';

const EVENT_ID = 'devsummit-2026';
const INBOUND = '/webhooks/twilio/whatsapp';
const ALICE = '+15550100101';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const to = (phone: string) => messagesTo(app, phone);
const textOf = (body: Record<string, unknown>) => JSON.stringify(body);

/** Runs a command as Slack would and returns the ack body and what the job posted to the response URL. */
async function command(text: string, userId = ORGANIZER_SLACK_ID) {
  const responseUrl = slack().responseUrl();
  const id = responseUrl.split('/').at(-1)!;
  const res = await postCommand(app.baseUrl, text, { userId, responseUrl });
  expect(res.status).toBe(200);
  const ack = (await res.json()) as Record<string, unknown>;
  return {
    ack,
    response: () =>
      slack().waitFor(() => slack().responses.find((r) => r.id === id)?.body, `the answer to “${text}”`),
  };
}

async function whatsapp(phone: string, body: string) {
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(phone, body));
  expect(res.status).toBe(200);
}

const nextTo = (phone: string, expected: RegExp, after: number) => nextMessageTo(app, phone, expected, after);

describe('Slack signatures', () => {
  it('rejects a forged signature, a stale timestamp and missing headers with 401', async () => {
    const opts = { responseUrl: slack().responseUrl() };
    const forged = await postCommand(app.baseUrl, 'stats', opts, { secret: 'not-the-secret' });
    const stale = await postCommand(app.baseUrl, 'stats', opts, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const unsigned = await postCommand(app.baseUrl, 'stats', opts, { unsigned: true });
    expect([forged.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    const [logged] = await sql<{ n: string }>('select count(*) as n from organizer_commands');
    expect(Number(logged!.n)).toBe(0);
  });
});

describe('/eventos commands', () => {
  it('refuses someone who is not an organizer of the event, politely, and logs it', async () => {
    const { ack } = await command('stats', 'U0STRANGER');
    expect(textOf(ack)).toMatch(/for the event’s organizers and staff/);
    const rows = await sql<{ status: string; event_id: string | null }>(
      `select status, event_id from organizer_commands where slack_user_id = 'U0STRANGER'`,
    );
    expect(rows).toEqual([{ status: 'refused', event_id: null }]);
  });

  it('answers help at once with every command', async () => {
    const { ack } = await command('help');
    for (const name of ['stats', 'waitlist', 'capacity', 'find', 'handoffs', 'resolve']) {
      expect(textOf(ack)).toContain(`/eventos ${name}`);
    }
  });

  it('acknowledges stats at once and posts sales per tier as Block Kit sections to the response URL', async () => {
    await sql(`update ticket_tiers set sold = 3 where event_id = ? and code = 'vip'`, [EVENT_ID]);
    const { ack, response } = await command('stats');
    expect(textOf(ack)).toContain('Working on `stats`');
    const body = await response();
    const blocks = body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks.every((b) => b.type === 'section')).toBe(true);
    const vip = blocks.find((b) => b.text?.text.startsWith('*VIP (vip)*'))!;
    expect(vip.text!.text).toContain('Sold 3 / 20 · held 0 · left 17');
    expect(textOf(body)).toMatch(/0 open handoffs/);
  });

  it('uploads a PNG chart of tickets sold over time to the channel stats was run in', async () => {
    const [tier] = await sql<{ id: string }>(
      `select id from ticket_tiers where event_id = ? and code = 'general'`,
      [EVENT_ID],
    );
    const [contact] = await sql<{ id: string }>(`select id from contacts where phone = ?`, [ALICE]);
    for (const [day, quantity] of [
      ['2026-11-20', 2],
      ['2026-11-22', 3],
    ] as const) {
      await sql(
        `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
           currency, status, created_at, confirmed_at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, 19900, ?, 'EUR', 'confirmed', ?::timestamptz, ?::timestamptz)`,
        [EVENT_ID, tier!.id, contact!.id, `CHART-${day}`, quantity, quantity * 19900, day, day],
      );
    }
    const uploadsBefore = slack().uploads.length;
    await (await command('stats')).response();
    const upload = await slack().waitFor(() => slack().uploads[uploadsBefore], 'the chart upload');
    expect(upload.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(upload.bytes.length).toBeGreaterThan(2_000);
    const completed = await slack().waitFor(
      () => slack().calls.find((c) => c.method === 'files.completeUploadExternal'),
      'the upload completion',
    );
    expect(completed.args.channel_id).toBe('C0STAFF01');
    expect(JSON.stringify(completed.args.files)).toContain(upload.fileId);
  });

  it('finds a person by name with their tickets, waiting lists and consent', async () => {
    const body = await (await command('find alice')).response();
    expect(textOf(body)).toContain('Alice Martins');
    expect(textOf(body)).toContain(ALICE);
    expect(textOf(body)).toContain('Messages: allowed');
  });

  it('refuses to set capacity below the seats sold and held, and says the lowest it can be', async () => {
    await sql(`update ticket_tiers set sold = 5, held = 2 where event_id = ? and code = 'student'`, [
      EVENT_ID,
    ]);
    const body = await (await command('capacity student 4')).response();
    expect(body.text).toMatch(/can’t go to 4: 7 seats are sold or held\. The lowest it can be is 7/);
    const [tier] = await sql<{ capacity: number }>(
      `select capacity from ticket_tiers where event_id = ? and code = 'student'`,
      [EVENT_ID],
    );
    expect(tier!.capacity).toBe(50);
  });

  it('raising capacity offers the new seats to the waiting list on WhatsApp', async () => {
    const [tier] = await sql<{ id: string }>(
      `update ticket_tiers set capacity = 20, sold = 20, held = 0 where event_id = ? and code = 'vip' returning id`,
      [EVENT_ID],
    );
    const [contact] = await sql<{ id: string }>(
      `insert into contacts (id, phone, display_name, opted_out, last_inbound_at, created_at)
       values (gen_random_uuid(), '+15550177001', 'Wendy Waiter', false, now(), now()) returning id`,
    );
    await sql(
      `insert into waitlists (id, event_id, tier_id, contact_id, party_size, priority, status, joined_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, 2, 0, 'waiting', now(), now())`,
      [EVENT_ID, tier!.id, contact!.id],
    );
    const listed = await (await command('waitlist vip')).response();
    expect(textOf(listed)).toContain('1. Wendy Waiter — party of 2');

    const body = await (await command('capacity vip +2')).response();
    expect(body.text).toMatch(/Capacity of vip: 20 → 22 \(2 free\)\. Offering the new seats/);
    const offer = await nextTo('+15550177001', /VIP/, 0);
    expect(offer.body ?? offer.contentSid).toBeTruthy();
  });
});

describe('/eventos waitlist buttons', () => {
  it('removes a waiting party, and says when there are no free seats to offer', async () => {
    const [tier] = await sql<{ id: string }>(
      `update ticket_tiers set capacity = 20, sold = 20, held = 0 where event_id = ? and code = 'student' returning id`,
      [EVENT_ID],
    );
    const [contact] = await sql<{ id: string }>(
      `insert into contacts (id, phone, display_name, opted_out, created_at)
       values (gen_random_uuid(), '+15550177002', 'Xavier Extra', false, now()) returning id`,
    );
    await sql(
      `insert into waitlists (id, event_id, tier_id, contact_id, party_size, priority, status, joined_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, 1, 0, 'waiting', now(), now())`,
      [EVENT_ID, tier!.id, contact!.id],
    );
    const listed = await (await command('waitlist student')).response();
    const buttons = (
      listed.blocks as {
        type: string;
        elements?: { action_id: string; value: string; text: { text: string } }[];
      }[]
    ).find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => b.text.text)).toEqual([
      'Offer free student seats now',
      'Remove student #1 Xavier Extra',
    ]);

    const click = async (button: { action_id: string; value: string }) => {
      const responseUrl = slack().responseUrl();
      await postButton(app.baseUrl, { actionId: button.action_id, value: button.value }, { responseUrl });
      return slack().waitFor(
        () => slack().responses.find((r) => r.id === responseUrl.split('/').at(-1))?.body.text,
        'answer',
      );
    };
    expect(await click(buttons[0]!)).toBe(
      'No free student seats to offer — raise capacity with `/eventos capacity student +n`.',
    );
    expect(await click(buttons[1]!)).toBe('Removed Xavier Extra from the student waiting list.');
    expect(await click(buttons[1]!)).toBe(
      'That party is no longer waiting (left, offered or already removed).',
    );
    const [entry] = await sql<{ status: string }>(`select status from waitlists where contact_id = ?`, [
      contact!.id,
    ]);
    expect(entry!.status).toBe('left');
  });
});

describe('/eventos checkin', () => {
  it('lists the matching tickets with a button each, checks one in once, and stats counts it', async () => {
    const [tier] = await sql<{ id: string }>(
      `select id from ticket_tiers where event_id = ? and code = 'vip'`,
      [EVENT_ID],
    );
    const [contact] = await sql<{ id: string }>(`select id from contacts where phone = ?`, [ALICE]);
    const [order] = await sql<{ id: string }>(
      `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
         currency, status, created_at, confirmed_at)
       values (gen_random_uuid(), ?, ?, ?, 'CHECKIN-ORDER', 1, 49900, 49900, 'EUR', 'confirmed', now(), now())
       returning id`,
      [EVENT_ID, tier!.id, contact!.id],
    );
    await sql(
      `insert into tickets (id, order_id, reference, status, created_at) values (gen_random_uuid(), ?, 'DS26-TEST-0001', 'valid', now())`,
      [order!.id],
    );

    const listed = await (await command('checkin ds26-test-0001')).response();
    expect(listed.text).toBe('Check in which ticket for “ds26-test-0001”?');
    expect(textOf(listed)).toContain('`DS26-TEST-0001` Alice Martins · VIP');
    const actions = (
      listed.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === 'actions')!;
    expect(actions.elements).toHaveLength(1);
    const button = actions.elements![0]!;

    const answers = [slack().responseUrl(), slack().responseUrl()];
    for (const responseUrl of answers) {
      const res = await postButton(
        app.baseUrl,
        { actionId: 'checkin_confirm', value: button.value },
        { responseUrl },
      );
      expect(res.status).toBe(200);
    }
    const texts = await Promise.all(
      answers.map((url) =>
        slack().waitFor(
          () =>
            slack().responses.find((r) => r.id === url.split('/').at(-1))?.body.text as string | undefined,
          url,
        ),
      ),
    );
    // Both clicks are answered after their ack, in either order: exactly one checks the ticket in.
    const [won, lost] = texts[0]!.startsWith('✅') ? texts : [texts[1], texts[0]];
    expect(won).toBe('✅ Checked in `DS26-TEST-0001` — Alice Martins (VIP).');
    expect(lost).toMatch(/^`DS26-TEST-0001` was already checked in at \d\d:\d\d UTC\.$/);

    // Found by its reference (as read off the QR code): logged once, as a QR check-in by that organizer.
    const logs = await sql<{ method: string; checked_in_by: string }>(
      `select l.method, l.checked_in_by from check_in_logs l join tickets k on k.id = l.ticket_id
        where k.reference = 'DS26-TEST-0001'`,
    );
    expect(logs).toEqual([{ method: 'qr', checked_in_by: expect.any(String) }]);

    const stats = await (await command('stats')).response();
    const vip = (stats.blocks as { text?: { text: string } }[]).find((b) =>
      b.text?.text.startsWith('*VIP (vip)*'),
    )!;
    expect(vip.text!.text).toContain('Checked in: 1');
    const none = await (await command('checkin nobody-at-all')).response();
    expect(none.text).toBe('No valid ticket matches “nobody-at-all”.');
  });
});

describe('/eventos broadcast', () => {
  it('previews the audience, sends once on Confirm (skipping STOP and the 24-hour rule) and reports the counts', async () => {
    await sql(`update contacts set last_inbound_at = null, opted_out = false`);
    await sql(`update contacts set last_inbound_at = now() where phone in (?, ?, ?)`, [
      ALICE,
      '+15550100102',
      '+15550100103',
    ]);
    await sql(`update contacts set opted_out = true where phone = '+15550100103'`);
    const [audience] = await sql<{ n: string }>(
      `select count(distinct c.id) as n from contacts c join attendees a on a.contact_id = c.id
        where a.event_id = ? and c.phone is not null`,
      [EVENT_ID],
    );
    const total = Number(audience!.n);

    const preview = await (await command('broadcast Doors open at 9:00 — see you soon!')).response();
    expect(preview.text).toBe(`Broadcast preview: 2 of ${total} people will get it`);
    expect(textOf(preview)).toContain('1 opted out (STOP)');
    expect(textOf(preview)).toContain(`${total - 3} silent for 24 h`);
    const blocks = preview.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const confirm = blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(confirm.action_id).toBe('broadcast_confirm');

    const stranger = await postButton(
      app.baseUrl,
      { actionId: 'broadcast_confirm', value: confirm.value },
      { userId: 'U0STRANGER', responseUrl: slack().responseUrl() },
    );
    expect(stranger.status).toBe(200);
    const before = app.twilioApi.messages.length;
    const clicks = await Promise.all(
      [1, 2].map(() =>
        postButton(
          app.baseUrl,
          { actionId: 'broadcast_confirm', value: confirm.value },
          { responseUrl: slack().responseUrl() },
        ),
      ),
    );
    expect(clicks.map((c) => c.status)).toEqual([200, 200]);

    const done = await slack().waitFor(
      () =>
        slack().calls.find(
          (c) => c.method === 'chat.postMessage' && String(c.args.text).startsWith('📣 Broadcast done'),
        ),
      'the broadcast report',
    );
    expect(done.args.channel).toBe('C0STAFF01');
    expect(done.args.text).toBe(
      `📣 Broadcast done: 2 sent, 0 failed, ${total - 2} skipped (STOP or 24-hour rule)`,
    );
    const sent = app.twilioApi.messages
      .slice(before)
      .filter((m) => m.body === 'Doors open at 9:00 — see you soon!');
    expect(sent.map((m) => m.to).sort()).toEqual([`whatsapp:${ALICE}`, 'whatsapp:+15550100102']);
  });
});

describe('human handoff through a Slack thread', () => {
  it('WhatsApp → Slack thread → organizer reply on WhatsApp → Resolve → the bot answers again', async () => {
    const before = to(ALICE).length;
    await whatsapp(ALICE, 'talk to a human');
    await nextTo(ALICE, /asked the team/, before);

    const root = await slack().waitFor(
      () =>
        slack().calls.find(
          (c) =>
            c.method === 'chat.postMessage' &&
            c.args.channel === TEST_SLACK.handoffChannel &&
            !c.args.thread_ts,
        ),
      'the handoff thread',
    );
    expect(String(root.args.text)).toContain('Alice Martins (+15550100101) wants to talk to a person');
    expect(JSON.stringify(root.args.blocks)).toContain('talk to a human');
    // The thread's ts is saved once Slack's answer is back, a moment after the fake recorded the post.
    const handoff = await eventually(
      async () =>
        (
          await sql<{ id: string; slack_thread_ts: string }>(
            `select id, slack_thread_ts from handoffs where status = 'open' and slack_thread_ts is not null`,
          )
        )[0],
      10_000,
      'the handoff thread ts saved',
    );
    expect(JSON.stringify(root.args.blocks)).toContain(handoff.id);

    // While the handoff is open the bot stays quiet and relays the message into the thread.
    const quietFrom = to(ALICE).length;
    await whatsapp(ALICE, "what's the wifi password?");
    const relayed = await slack().waitFor(
      () =>
        slack().calls.find(
          (c) => c.method === 'chat.postMessage' && c.args.thread_ts === handoff!.slack_thread_ts,
        ),
      'the relayed message',
    );
    expect(relayed.args.text).toBe("👤 Alice Martins: what's the wifi password?");
    expect(to(ALICE).length).toBe(quietFrom);

    const reply = {
      channel: TEST_SLACK.handoffChannel,
      threadTs: handoff!.slack_thread_ts,
      text: 'Hi Alice, Maria here — it is DevSummit2026!',
      ts: '1800000999.000100',
    };
    const res = await postThreadReply(app.baseUrl, reply);
    expect(res.status).toBe(200);
    await nextTo(ALICE, /^Hi Alice, Maria here — it is DevSummit2026!$/, quietFrom);
    // Slack resends an event it thinks we missed: the same message is not relayed twice.
    expect((await postThreadReply(app.baseUrl, reply, { retryNum: 1 })).status).toBe(200);
    await postThreadReply(app.baseUrl, { ...reply, text: 'Anything else?', ts: '1800000999.000200' });
    await nextTo(ALICE, /^Anything else\?$/, quietFrom);
    const copies = await sql<{ n: string }>(
      `select count(*) as n from messages where direction = 'out' and body = ?`,
      [reply.text],
    );
    expect(Number(copies[0]!.n)).toBe(1);

    const click = await postButton(
      app.baseUrl,
      { actionId: 'handoff_resolve', value: handoff!.id },
      { responseUrl: slack().responseUrl() },
    );
    expect(click.status).toBe(200);
    await nextTo(ALICE, new RegExp(BOT_IS_BACK.slice(0, 30)), quietFrom);
    expect(to(ALICE).filter((m) => m.body === reply.text)).toHaveLength(1);
    await slack().waitFor(
      () => slack().calls.find((c) => c.method === 'chat.update' && c.args.ts === handoff!.slack_thread_ts),
      'the thread root marked resolved',
    );
    const [row] = await sql<{ status: string }>('select status from handoffs where id = ?', [handoff!.id]);
    expect(row!.status).toBe('resolved');

    const back = to(ALICE).length;
    await whatsapp(ALICE, "what's the wifi password?");
    const answer = await nextTo(ALICE, /.+/, back);
    expect(answer.body).not.toBe(BOT_IS_BACK);
  });

  it('lists open handoffs and resolves one by name with /eventos resolve', async () => {
    const bob = '+15550100102';
    const before = to(bob).length;
    await whatsapp(bob, 'talk to a human');
    await nextTo(bob, /asked the team/, before);
    const listed = await (await command('handoffs')).response();
    expect(textOf(listed)).toContain('Bob Chen · +15550100102');

    const resolved = await (await command('resolve +15550100102')).response();
    expect(resolved.text).toMatch(/^Resolved: .+ is back with the bot\.$/);
    await nextTo(bob, new RegExp(BOT_IS_BACK.slice(0, 30)), before);
    const again = await (await command('resolve +15550100102')).response();
    expect(again.text).toBe('No open handoff matches.');
  });

  it('does not relay a thread reply from someone who is not an organizer of the event', async () => {
    const [handoff] = await sql<{ slack_thread_ts: string }>(
      `select slack_thread_ts from handoffs where slack_thread_ts is not null limit 1`,
    );
    await sql(`update handoffs set status = 'open', resolved_at = null`);
    const before = app.twilioApi.messages.length;
    const res = await postThreadReply(app.baseUrl, {
      channel: TEST_SLACK.handoffChannel,
      threadTs: handoff!.slack_thread_ts,
      text: 'I am not staff',
      userId: 'U0STRANGER',
    });
    expect(res.status).toBe(200);
    // An organizer's reply posted after it arrives; the stranger's never does.
    await postThreadReply(app.baseUrl, {
      channel: TEST_SLACK.handoffChannel,
      threadTs: handoff!.slack_thread_ts,
      text: 'Organizer here',
    });
    await nextTo(ALICE, /^Organizer here$/, 0);
    const bodies = app.twilioApi.messages.slice(before).map((m) => m.body);
    expect(bodies).toEqual(['Organizer here']);
    const outbox = await sql<{ n: string }>(
      `select count(*) as n from messages where direction = 'out' and body = 'I am not staff'`,
    );
    expect(Number(outbox[0]!.n)).toBe(0);
  });
});
