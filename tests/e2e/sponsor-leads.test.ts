import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadDigestJob } from '../../jobs/lead-digest.job.js';
import type { RecordedSlackCall } from '../fakes/fake-slack-api.js';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { drainQueues } from '../support/drain-queues.js';
import { eventually } from '../support/eventually.js';
import { postButton, postCommand, postViewSubmission } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo } from '../support/whatsapp-inbox.js';

const INBOUND = '/webhooks/twilio/whatsapp';
const ALICE = '+15550100101'; // CTO, Tramway Labs; kubernetes, postgres
const CARLA = '+15550100103'; // Product Manager, Banco Azul; payments
const LENA = '+15550100112'; // SRE, KubeOps
const ACME = 'C0ACME001';
const FINLYTICS = 'C0FINL001';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
  // The channels as Slack describes them (`/leads` asks before showing anything).
  for (const [id, name] of [
    [ACME, 'acme-leads'],
    [FINLYTICS, 'finl-leads'],
    ['C0RANDOM01', 'random'],
  ] as const)
    slack().channels.set(id, { name, isMember: true });
});
afterAll(async () => {
  await app?.close();
});

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const to = (phone: string) => messagesTo(app, phone);
const postsTo = (channel: string) =>
  slack().calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);

/** Posts a signed inbound WhatsApp text and waits for the next message to that person that matches. */
async function say(
  phone: string,
  body: string,
  expected: RegExp,
  sid = newMessageSid(),
): Promise<RecordedTwilioMessage> {
  const before = to(phone).length;
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(phone, body, sid));
  expect(res.status).toBe(200);
  return eventually(
    async () =>
      to(phone)
        .slice(before)
        .find((m) => expected.test(m.body ?? '')),
    15_000,
    `a message to ${phone} matching ${expected}`,
  );
}

/** A tap on the consent question's "Yes, share" button, as Twilio posts a WhatsApp button reply. */
const tapYes = () => ({
  ...whatsappText(ALICE, 'Yes, share'),
  MessageType: 'button',
  ButtonText: 'Yes, share',
  ButtonPayload: 'act:lead-consent:acme-cloud:yes',
});

const blocksText = (call: RecordedSlackCall) => JSON.stringify(call.args.blocks ?? call.args.text);

async function leadOf(phone: string, sponsorCode: string) {
  const [lead] = await sql<{
    id: string;
    consent: string;
    temperature: string;
    score: number;
    scoring_factors: { code: string }[];
    contact_ok: boolean;
    shared_fields: string[];
    rating: number | null;
    notes: string | null;
  }>(
    `select l.* from sponsor_leads l join contacts c on c.id = l.contact_id join sponsors s on s.id = l.sponsor_id
      where c.phone = ? and s.code = ?`,
    [phone, sponsorCode],
  );
  return lead;
}

/** Runs `/leads [args]` in a channel and returns the answer posted to its response URL. */
async function leadsCommand(channelId: string, args = '') {
  const id = `leads-${Math.random().toString(36).slice(2)}`;
  const res = await postCommand(app.baseUrl, args, {
    command: '/leads',
    channelId,
    userId: 'U0SPONSOR1',
    responseUrl: slack().responseUrl(id),
  });
  expect(res.status).toBe(200);
  const ack = (await res.json()) as { text?: string };
  return {
    ack,
    answer: () => slack().waitFor(() => slack().responses.find((r) => r.id === id), `/leads ${args}`),
  };
}

describe('sponsor leads over signed Twilio webhooks and the fake Slack API', () => {
  it('Alice asks Acme Cloud for a demo: consent names the fields; Yes makes one hot-lead card in Acme’s channel, however often it is sent', async () => {
    const question = await say(ALICE, "I'd like a demo from Acme Cloud", /May I share/);
    expect(question.body).toContain('May I share your name, role, company and interests with Acme Cloud?');
    expect(question.body).toMatch(/1\. Yes, share\n2\. Yes \+ contact me\n3\. No thanks/);
    expect(await leadOf(ALICE, 'acme-cloud')).toBeUndefined(); // a lead exists only on yes

    // A double tap: two "Yes, share" button replies with their own message ids, at the same moment.
    const yes = tapYes();
    const before = postsTo(ACME).length;
    const [a, b] = await Promise.all([
      postTwilio(app.baseUrl, INBOUND, yes),
      postTwilio(app.baseUrl, INBOUND, tapYes()),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // How fast the card comes is `bench leads`' figure, not this test's (a timed test fails on a busy machine).
    const card = await slack().waitFor(() => postsTo(ACME)[before], 'the hot-lead card', 5_000);

    const text = blocksText(card);
    for (const shown of [
      'Alice Martins',
      'CTO',
      'Tramway Labs',
      'kubernetes, postgres, hiring',
      'asked for a demo',
      'role matches',
      'shared interests: kubernetes, postgres',
    ])
      expect(text).toContain(shown);
    expect(text).not.toContain(ALICE); // no phone: she did not agree to be contacted
    for (const action of ['lead_rate_1', 'lead_rate_5', 'lead_note']) expect(text).toContain(action);

    await eventually(async () =>
      to(ALICE).find((m) =>
        /Done ✅ Acme Cloud now has your name, role, company and interests/.test(m.body ?? ''),
      ),
    );
    const lead = await leadOf(ALICE, 'acme-cloud');
    expect(lead).toMatchObject({ consent: 'given', temperature: 'hot', contact_ok: false });
    expect(lead!.scoring_factors.map((f) => f.code)).toEqual([
      'role_match',
      'interest_overlap',
      'demo_request',
    ]);

    // Twilio retries a webhook, and Alice taps Yes once more: still one lead, still one card.
    expect((await postTwilio(app.baseUrl, INBOUND, yes)).status).toBe(200);
    const before2 = to(ALICE).length;
    expect((await postTwilio(app.baseUrl, INBOUND, tapYes())).status).toBe(200);
    await eventually(async () =>
      to(ALICE)
        .slice(before2)
        .find((m) =>
          /already sharing your name, role, company and interests with Acme Cloud/.test(m.body ?? ''),
        ),
    );
    await drainQueues(app.deps.queues);
    expect(postsTo(ACME).length).toBe(before + 1);
    expect(
      (
        await sql<{ n: string }>(
          `select count(*) as n from sponsor_leads l join contacts c on c.id = l.contact_id where c.phone = ?`,
          [ALICE],
        )
      )[0]!.n,
    ).toBe('1');
  });

  it('stores ★ ratings and notes from the sponsor’s own channel only', async () => {
    const lead = await leadOf(ALICE, 'acme-cloud');
    const rate = async (stars: number, channelId: string) => {
      const id = `rate-${stars}-${channelId}`;
      const res = await postButton(
        app.baseUrl,
        { actionId: `lead_rate_${stars}`, value: lead!.id },
        { channelId, userId: 'U0ACMEREP', responseUrl: slack().responseUrl(id) },
      );
      expect(res.status).toBe(200);
      return slack().waitFor(() => slack().responses.find((r) => r.id === id), 'the rating answer');
    };
    expect((await rate(4, ACME)).body.text).toBe('Saved ★★★★ for Alice Martins.');
    const card = await slack().waitFor(
      () => slack().responses.find((r) => r.id === `rate-4-${ACME}` && r.body.replace_original === true),
      'the card showing its rating',
    );
    expect(JSON.stringify(card.body.blocks)).toContain('Rated ★★★★☆');
    expect((await leadOf(ALICE, 'acme-cloud'))!.rating).toBe(4);
    expect((await rate(1, FINLYTICS)).body.text).toMatch(/isn't this channel's sponsor's/);
    expect((await leadOf(ALICE, 'acme-cloud'))!.rating).toBe(4);

    const opens = () => slack().calls.filter((c) => c.method === 'views.open').length;
    const before = opens();
    // From another sponsor's channel the form does not open.
    await postButton(
      app.baseUrl,
      { actionId: 'lead_note', value: lead!.id },
      { channelId: FINLYTICS, responseUrl: slack().responseUrl('note-elsewhere') },
    );
    await slack().waitFor(() => slack().responses.find((r) => r.id === 'note-elsewhere'), 'the refusal');
    expect(opens()).toBe(before);
    await postButton(
      app.baseUrl,
      { actionId: 'lead_note', value: lead!.id },
      { channelId: ACME, responseUrl: slack().responseUrl() },
    );
    await eventually(async () => opens() > before);
    const modal = slack()
      .calls.filter((c) => c.method === 'views.open')
      .at(-1)!.args.view as { private_metadata: string };
    const res = await postViewSubmission(app.baseUrl, {
      callbackId: 'lead_note_modal',
      privateMetadata: modal.private_metadata,
      values: { note: 'Wants a Postgres-on-Kubernetes pilot in Q1' },
    });
    expect(res.status).toBe(200);
    await eventually(
      async () => (await leadOf(ALICE, 'acme-cloud'))!.notes === 'Wants a Postgres-on-Kubernetes pilot in Q1',
    );
  });

  it('Carla scans Finlytics’ booth code and also agrees to be contacted; Lena says No, which is remembered', async () => {
    const question = await say(CARLA, 'FINLYTICS-B04', /Welcome to the Finlytics booth \(B04\)/);
    expect(question.body).toContain('May I share your name, role, company and interests with Finlytics?');
    await say(
      CARLA,
      '2',
      /Finlytics now has your name, role, company, interests and phone number\. They may get in touch/,
    );
    const carla = await leadOf(CARLA, 'finlytics');
    expect(carla).toMatchObject({ consent: 'given', contact_ok: true });
    expect(['warm', 'hot']).toContain(carla!.temperature);
    expect(carla!.shared_fields).toContain('phone');

    // Asking what a sponsor is gets an answer and an offer, not a consent question.
    const about = await say(
      LENA,
      'what does finlytics do',
      /Finlytics \(fintech\) is a sponsor of the event/,
    );
    expect(about.body).toContain('booth B04');
    expect(about.body).not.toContain('May I share');
    await say(LENA, '1', /May I share your name, role, company and interests with Finlytics\?/);
    await say(LENA, 'no', /I won't share anything with Finlytics, and I won't ask you again/);
    expect((await leadOf(LENA, 'finlytics'))!.consent).toBe('declined');
    const again = await say(LENA, 'booth B04', /Welcome to the Finlytics booth/);
    expect(again.body).toContain("You asked me earlier not to share your details with them, so I won't.");
    expect(again.body).not.toContain('May I share');
  });

  it('/leads shows a sponsor only its own consented leads, newest first, and others as a count', async () => {
    const finlytics = await leadsCommand(FINLYTICS);
    expect(finlytics.ack.text).toMatch(/Fetching Finlytics/);
    const fin = JSON.stringify((await finlytics.answer()).body);
    expect(fin).toContain('Carla Souza');
    expect(fin).toContain(CARLA); // she agreed to be contacted
    expect(fin).not.toContain('Alice');
    expect(fin).not.toContain('Lena'); // declined: only counted
    expect(fin).toMatch(/1 more person showed interest without sharing their details/);

    const acme = JSON.stringify((await (await leadsCommand(ACME)).answer()).body);
    expect(acme).toContain('Alice Martins');
    expect(acme).toContain('★★★★☆');
    expect(acme).not.toContain('Carla');

    const nobody = await leadsCommand('C0RANDOM01');
    expect(nobody.ack.text).toMatch(/isn't one/);
  });

  it('/leads export uploads a CSV of the consented leads with only the shared fields', async () => {
    const uploads = slack().uploads.length;
    const exported = await leadsCommand(ACME, 'export');
    expect(JSON.stringify((await exported.answer()).body)).toMatch(/1 lead exported/);
    const file = await slack().waitFor(() => slack().uploads[uploads], 'the CSV upload');
    const complete = slack()
      .calls.filter((c) => c.method === 'files.completeUploadExternal')
      .at(-1)!;
    expect(complete.args.channel_id).toBe(ACME);
    const [header, ...rows] = file.bytes.toString('utf8').trim().split('\n');
    expect(header).toBe(
      'consented_at,name,role,company,interests,industry,email,phone,temperature,score,reasons,rating,notes',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^2\d{3}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d,Alice Martins,CTO,Tramway Labs,kubernetes; postgres; hiring,,,,hot,85,/,
    );
    expect(rows[0]).toContain(',4,Wants a Postgres-on-Kubernetes pilot in Q1');
  });

  it('withdrawing takes the lead out of the sponsor’s view and replaces its card', async () => {
    await say(ALICE, 'stop sharing with Acme', /stopped sharing your details with Acme Cloud/);
    expect((await leadOf(ALICE, 'acme-cloud'))!.consent).toBe('withdrawn');
    await slack().waitFor(
      () =>
        slack().calls.find(
          (c) =>
            c.method === 'chat.update' &&
            c.args.channel === ACME &&
            /withdrew their consent/.test(String(c.args.text)),
        ),
      'the withdrawn card',
    );
    const acme = JSON.stringify((await (await leadsCommand(ACME)).answer()).body);
    expect(acme).not.toContain('Alice');
    expect(acme).toMatch(/no leads yet/);
  });

  it('/leads refuses a Slack Connect channel and a channel Slack will not describe, showing no lead', async () => {
    slack().channels.set(FINLYTICS, { name: 'finl-leads', isMember: true, sharedOutside: true });
    try {
      const shared = await leadsCommand(FINLYTICS, 'export');
      expect(shared.ack.text).toMatch(/shared with another organization \(Slack Connect\)/);
      expect(JSON.stringify(shared.ack)).not.toMatch(/Alice|\+1555/);
    } finally {
      slack().channels.set(FINLYTICS, { name: 'finl-leads', isMember: true });
    }
    const unknown = await leadsCommand('C0UNKNOWN9');
    expect(unknown.ack.text).toMatch(/couldn't check who can read this channel \(channel_not_found\)/);
    // The same channel, no longer shared, answers again.
    expect(JSON.stringify((await (await leadsCommand(FINLYTICS)).answer()).body)).toMatch(/Finlytics/);
  });

  it('organizers see a sponsor’s leads with /eventos leads and counts per sponsor in stats', async () => {
    const id = 'org-leads';
    await postCommand(app.baseUrl, 'leads finlytics', { responseUrl: slack().responseUrl(id) });
    const answer = JSON.stringify(
      (await slack().waitFor(() => slack().responses.find((r) => r.id === id), 'leads')).body,
    );
    expect(answer).toContain('Carla Souza');

    await postCommand(app.baseUrl, 'stats', { responseUrl: slack().responseUrl('org-stats') });
    const stats = JSON.stringify(
      (await slack().waitFor(() => slack().responses.find((r) => r.id === 'org-stats'), 'stats')).body,
    );
    expect(stats).toContain('Sponsor leads');
    expect(stats).toMatch(/Finlytics: 1 lead \(\d hot, \d warm, 0 cold\) · 1 declined · 2 interested/);
    expect(stats).toMatch(/Acme Cloud: 0 leads \(0 hot, 0 warm, 0 cold\) · 1 withdrew · 1 interested/);
  });

  it('a sponsor without Slack gets the hot lead on WhatsApp as a template and rates it with its quick reply', async () => {
    const GRACE = '+15550100107'; // ML Engineer; recommendation systems, ai, mlops
    const DATAFORGE_WHATSAPP = '+15550100903';
    await sql("update sponsors set slack_channel = null where code = 'dataforge'");
    await say(
      GRACE,
      'can I get a demo from DataForge?',
      /May I share your name, role, company and interests with DataForge\?/,
    );
    await say(GRACE, 'yes', /DataForge now has your name, role, company and interests/);
    const alert = await eventually(async () => to(DATAFORGE_WHATSAPP)[0], 10_000, 'the WhatsApp alert');
    // DataForge never wrote to us: outside the 24-hour window only the approved template may go.
    // Named in code, found by name and language among the SIDs `twilio templates sync` stored.
    const [stored] = await sql<{ content_sid: string }>(
      "select content_sid from whatsapp_templates where name = 'sponsor_lead' and language = 'en'",
    );
    expect(alert.contentSid).toMatch(/^HX[0-9a-f]{32}$/);
    expect(alert.contentSid).toBe(stored?.content_sid);
    const variables = JSON.parse(alert.contentVariables ?? '{}') as Record<string, string>;
    expect(variables).toMatchObject({ '1': 'DataForge', '2': 'Grace Kim — ML Engineer, MatchPoint AI' });
    expect(variables['3']).toContain('asked for a demo');

    const lead = await leadOf(GRACE, 'dataforge');
    const tap = (from: string) => ({
      ...whatsappText(from, '★★★★★'),
      MessageType: 'button',
      ButtonText: '★★★★★',
      ButtonPayload: `act:rate-lead:${variables['4']}:5`,
    });
    expect(variables['4']).toBe(lead!.id);
    const before = to(ALICE).length;
    await postTwilio(app.baseUrl, INBOUND, tap(ALICE)); // someone else cannot rate it
    await eventually(async () =>
      to(ALICE)
        .slice(before)
        .find((m) => /Only the sponsor/.test(m.body ?? '')),
    );
    await postTwilio(app.baseUrl, INBOUND, tap(DATAFORGE_WHATSAPP));
    await eventually(async () =>
      to(DATAFORGE_WHATSAPP).find((m) => /Saved: ★★★★★ for Grace Kim/.test(m.body ?? '')),
    );
    expect((await leadOf(GRACE, 'dataforge'))!.rating).toBe(5);
  });

  it('the organizer decides which fields sponsors receive; the question names exactly those', async () => {
    const answer = async (text: string) => {
      const id = `fields-${Math.random().toString(36).slice(2)}`;
      await postCommand(app.baseUrl, text, { responseUrl: slack().responseUrl(id) });
      return JSON.stringify(
        (await slack().waitFor(() => slack().responses.find((r) => r.id === id), text)).body,
      );
    };
    expect(await answer('leads fields')).toContain(
      'Sponsors receive: name, role, company, interests, and the phone number',
    );
    expect(await answer('leads fields name salary')).toContain('Unknown field: salary');
    expect(await answer('leads fields name, company')).toContain(
      'Sponsors receive: name, company (attendees are not offered to share their phone number)',
    );

    const PRIYA = '+15550100116';
    const question = await say(PRIYA, 'please share my details with Acme Cloud', /May I share/);
    expect(question.body).toContain('May I share your name and company with Acme Cloud?');
    expect(question.body).toMatch(/1\. Yes, share\n2\. No thanks$/);
    await say(PRIYA, '1', /Acme Cloud now has your name and company\./);
    const priya = (await leadOf(PRIYA, 'acme-cloud'))!;
    expect(priya.shared_fields).toEqual(['name', 'company']);
    // Her role and interests fit Acme, but she did not share them: they do not count (nor show as reasons).
    expect(priya).toMatchObject({ score: 0, temperature: 'cold', scoring_factors: [] });
  });

  it('the daily digest job, run by the worker, posts the sponsor’s new cold and warm leads to its channel', async () => {
    const before = postsTo(ACME).length;
    // What the event's job scheduler enqueues at 18:00 in Lisbon.
    await leadDigestJob.enqueue(app.deps.queues, { eventId: 'devsummit-2026' });
    const digest = await slack().waitFor(() => postsTo(ACME)[before], 'the digest');
    const text = blocksText(digest);
    expect(text).toContain('1 new lead today');
    expect(text).toContain('Priya Nair — CloudNine'); // only what she shared: name and company
    expect(text).not.toContain('Alice'); // withdrawn
  });
});
