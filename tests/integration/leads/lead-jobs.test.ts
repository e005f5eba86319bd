import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_TEMPLATES } from '../../../core/meeting-templates.js';
import { findAttendee } from '../../../core/pipeline/identify-contact.js';
import { leadAlertWording } from '../../../core/replies/lead-alert-message.js';
import { leadDigestWording } from '../../../core/replies/lead-digest-message.js';
import { withdrawnLeadNote } from '../../../core/replies/lead-notes.js';
import { redactPendingCards } from '../../../core/services/leads/card-redactions.js';
import { findSponsor } from '../../../core/services/leads/find-sponsor.js';
import { giveConsent, withdrawConsent } from '../../../core/services/leads/lead-consent.js';
import { leadDataEraser } from '../../../core/services/leads/lead-data-eraser.js';
import { listSponsorLeads } from '../../../core/services/leads/list-sponsor-leads.js';
import { rateLead } from '../../../core/services/leads/rate-lead.js';
import { type ActivityKind, recordActivity } from '../../../core/services/leads/record-activity.js';
import { findStrandedAlerts, sendLeadAlert } from '../../../core/services/leads/send-lead-alert.js';
import { sendLeadDigests } from '../../../core/services/leads/send-lead-digests.js';
import { personalDataErasers } from '../../../core/skills/forget-me.js';
import { nextDigestAt, scheduleLeadDigests } from '../../../jobs/lead-digest-schedule.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';
const ALICE = '+15550100101';
const CARLA = '+15550100103';
const OSCAR = '+15550100115'; // Student; typescript, ai, open source
const PRIYA = '+15550100116'; // Platform Engineer; kubernetes, postgres, terraform
const DAY_ONE_MORNING = new Date('2026-12-10T10:00:00Z');
const DAY_ONE_DIGEST = new Date('2026-12-10T18:00:00Z'); // 18:00 in Lisbon (WET = UTC in December)

let app: TestApp;
let priyaContact = '';
beforeAll(async () => {
  // No workers: the tests run the jobs' bodies themselves, with a fixed clock.
  app = await startTestApp({ workers: false, slack: true });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const posts = (channel: string) =>
  app.slackApi!.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
const leadDeps = (now: Date) => ({ ...app.deps.leads, clock: () => now });
const erasing = { now: DAY_ONE_MORNING, meetingTemplates: DEFAULT_MEETING_TEMPLATES };

async function contactOf(phone: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select id from contacts where phone = ?', [phone]);
  return row!.id;
}

/** As the pipeline and the consent skill do it, in one transaction: the attendee, the activity, then the yes. */
async function consent(
  phone: string,
  sponsorCode: string,
  at: Date,
  activity: ActivityKind = 'share_details',
) {
  const contactId = await contactOf(phone);
  return app.deps.db.em.fork().transactional(async (tx) => {
    const attendeeId = (await findAttendee(tx, EVENT_ID, contactId))?.id ?? null;
    const sponsor = (await findSponsor(tx, EVENT_ID, sponsorCode))!;
    await recordActivity(tx, { sponsorId: sponsor.id, contactId, kind: activity, at });
    return giveConsent(tx, { sponsor, contactId, attendeeId, contactOk: false, now: at });
  });
}

describe('lead alerts, digests and erasure', () => {
  it('two concurrent yeses make one lead and mark one alert; five concurrent alert jobs post one card', async () => {
    const results = await Promise.all([
      consent(PRIYA, 'acme-cloud', DAY_ONE_MORNING, 'demo_request'),
      consent(PRIYA, 'acme-cloud', DAY_ONE_MORNING, 'demo_request'),
    ]);
    expect(new Set(results.map((r) => r.leadId)).size).toBe(1);
    expect(results.filter((r) => r.alert)).toHaveLength(1);
    expect(results[0]!.temperature).toBe('hot');
    // No job ran (no workers here): the sweep finds the pending alert, as it would after a lost enqueue.
    expect(await findStrandedAlerts(app.deps.db.em.fork(), 0)).toContain(results[0]!.leadId);

    const before = posts('C0ACME001').length;
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        sendLeadAlert(leadDeps(DAY_ONE_MORNING), results[0]!.leadId, leadAlertWording),
      ),
    );
    expect(outcomes.filter((o) => o.outcome === 'posted')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'not-pending')).toHaveLength(4);
    expect(posts('C0ACME001').length).toBe(before + 1);
    const [lead] = await sql<{ alert_status: string; alert_ref: string }>(
      'select alert_status, alert_ref from sponsor_leads where id = ?',
      [results[0]!.leadId],
    );
    expect(lead!.alert_status).toBe('sent');
    expect(lead!.alert_ref).toMatch(/^slack:C0ACME001:\d+\.\d+$/);

    // She withdraws (her card is queued for replacement) and later says yes again: the sponsor hears about her
    // once more.
    const priyaId = await contactOf(PRIYA);
    priyaContact = priyaId;
    await app.deps.db.em.fork().transactional(async (tx) => {
      const sponsor = (await findSponsor(tx, EVENT_ID, 'acme-cloud'))!;
      expect(
        (await withdrawConsent(tx, { sponsor, contactId: priyaId, now: DAY_ONE_MORNING })).withdrawn,
      ).toBe(true);
    });
    expect((await consent(PRIYA, 'acme-cloud', DAY_ONE_MORNING)).alert).toBe(true);
    expect((await consent(PRIYA, 'acme-cloud', DAY_ONE_MORNING)).alert).toBe(false);
  });

  it('without Slack, a hot lead goes to the sponsor’s WhatsApp: a template outside 24 h, a rating list inside', async () => {
    await sql("update sponsors set slack_channel = null where code = 'dataforge'");
    await sql("update attendees set interests = '{machine learning,ai}' where code = 'a-oscar'");
    await sql("update attendees set role = 'ML Engineer' where code = 'a-oscar'");
    const noSlack = { ...leadDeps(DAY_ONE_MORNING), chat: null };
    const first = await consent(OSCAR, 'dataforge', DAY_ONE_MORNING, 'demo_request');
    expect(first.alert).toBe(true);
    const sent = await sendLeadAlert(noSlack, first.leadId, leadAlertWording);
    expect(sent.outcome).toBe('whatsapp');
    const [outbox] = await sql<{ recipient: string; proactive: boolean; payload: Record<string, unknown> }>(
      'select o.recipient, o.proactive, m.payload from outbox o join messages m on m.id = o.message_id where o.id = ?',
      [(sent as { outboxIds: string[] }).outboxIds[0]],
    );
    expect(outbox).toMatchObject({ recipient: '+15550100903', proactive: true });
    expect(outbox!.payload).toMatchObject({
      kind: 'template',
      templateId: 'sponsor_lead',
      variables: {
        '1': 'DataForge',
        '2': 'Oscar Nilsson — ML Engineer, University of Lisbon',
        '4': first.leadId,
      },
    });

    // The sponsor wrote to us an hour ago: inside the window the alert is free-form with ★ choices.
    await sql(
      `insert into contacts (id, phone, opted_out, last_inbound_at, created_at) values (gen_random_uuid(), '+15550100903', false, ?, now())`,
      [new Date(DAY_ONE_MORNING.getTime() - 3_600_000)],
    );
    await sql("update sponsor_leads set alert_status = 'pending' where id = ?", [first.leadId]);
    const again = (await sendLeadAlert(noSlack, first.leadId, leadAlertWording)) as { outboxIds: string[] };
    const [inWindow] = await sql<{ payload: { kind: string; items: { id: string }[] } }>(
      'select m.payload from outbox o join messages m on m.id = o.message_id where o.id = ?',
      [again.outboxIds[0]],
    );
    expect(inWindow!.payload.kind).toBe('list');
    expect(inWindow!.payload.items.map((i) => i.id)).toContain(`act:rate-lead:${first.leadId}:5`);

    // Only that sponsor's number may rate it.
    const rate = (whatsapp: string) =>
      rateLead(app.deps.db.em.fork(), {
        leadId: first.leadId,
        stars: 5,
        by: whatsapp,
        seat: { whatsapp },
        now: DAY_ONE_MORNING,
      });
    expect((await rate('+15550100901')).outcome).toBe('not_yours');
    expect((await rate('+15550100903')).outcome).toBe('saved');
  });

  it('the daily digest (fixed clock) lists each sponsor’s new warm and cold leads once; hot ones were alerted instead', async () => {
    const carla = await consent(CARLA, 'finlytics', DAY_ONE_MORNING);
    expect(carla.temperature).toBe('warm'); // Product Manager (+30), payments (+15)
    const alice = await consent(ALICE, 'finlytics', DAY_ONE_MORNING);
    expect(alice.temperature).toBe('cold'); // a CTO is not in Finlytics' roles; no shared interests

    // DataForge has no Slack channel (previous test): its digest goes to its WhatsApp, inside the window.
    const dmitri = await consent('+15550100104', 'dataforge', DAY_ONE_MORNING);
    expect(dmitri.temperature).toBe('cold'); // Staff Engineer; one shared interest (vector search)

    const before = posts('C0FINL001').length;
    const report = await sendLeadDigests(leadDeps(DAY_ONE_DIGEST), EVENT_ID, leadDigestWording);
    expect(report.leads).toBe(3);
    expect(report.outboxIds).toHaveLength(1);
    const [whatsapp] = await sql<{ recipient: string; kind: string; body: string }>(
      'select o.recipient, m.kind, m.body from outbox o join messages m on m.id = o.message_id where o.id = ?',
      [report.outboxIds[0]],
    );
    expect(whatsapp).toMatchObject({ recipient: '+15550100903', kind: 'text' });
    expect(whatsapp!.body).toContain('Dmitri Ivanov — Staff Engineer, Vectoria');
    expect(whatsapp!.body).not.toContain('Oscar'); // hot: alerted at once, not digested
    const [digest] = posts('C0FINL001').slice(before);
    const text = JSON.stringify(digest!.args.blocks);
    expect(text).toContain('2 new leads today');
    expect(text).toContain('Carla Souza — Product Manager, Banco Azul');
    expect(text).toContain('Alice Martins — CTO, Tramway Labs');
    expect(text).toContain('Thu 10 Dec 10:00'); // consent time in Lisbon
    expect(posts('C0ACME001').slice(-1)[0]?.args.text).not.toMatch(/new leads today/); // Priya was hot: alerted

    const second = await sendLeadDigests(
      leadDeps(new Date(DAY_ONE_DIGEST.getTime() + 60_000)),
      EVENT_ID,
      leadDigestWording,
    );
    expect(second.leads).toBe(0);
    expect(posts('C0FINL001').length).toBe(before + 1);
  });

  it('schedules one digest per event at the set local time in the event’s time zone', async () => {
    const keys = await scheduleLeadDigests(app.deps.queues, app.deps.db.em, {
      localTime: '18:00',
      now: DAY_ONE_MORNING,
    });
    expect(keys).toEqual([`lead-digest-${EVENT_ID}`]);
    const scheduler = await app.deps.queues.leads.getJobScheduler(`lead-digest-${EVENT_ID}`);
    expect(scheduler).toMatchObject({ pattern: '0 18 * * *', tz: 'Europe/Lisbon' });
    const now = new Date();
    expect(scheduler!.next).toBe(nextDigestAt('18:00', 'Europe/Lisbon', now).getTime());
    expect(nextDigestAt('18:00', 'Europe/Lisbon', new Date('2026-07-01T16:30:00Z')).toISOString()).toBe(
      '2026-07-01T17:00:00.000Z', // summer time: 18:00 WEST
    );
    await app.deps.queues.leads.removeJobScheduler(`lead-digest-${EVENT_ID}`);
  });

  it('forgetting an attendee erases their leads and activity at the event, and nobody else’s', async () => {
    expect(personalDataErasers).toContain(leadDataEraser);
    const carlaId = await contactOf(CARLA);
    const finlytics = (await findSponsor(app.deps.db.em.fork(), EVENT_ID, 'finlytics'))!;
    expect((await listSponsorLeads(app.deps.db.em.fork(), finlytics.id)).map((l) => l.name)).toContain(
      'Carla Souza',
    );

    const erased = await app.deps.db.em
      .fork()
      .transactional((tx) =>
        leadDataEraser.erase(tx, { contactId: carlaId, eventId: EVENT_ID, attendeeId: null }, erasing),
      );
    expect(erased).toBe(2); // one lead, one activity
    const left = await sql<{ n: string }>(
      `select (select count(*) from sponsor_leads where contact_id = ?) + (select count(*) from sponsor_activities where contact_id = ?) as n`,
      [carlaId, carlaId],
    );
    expect(left[0]!.n).toBe('0');
    const names = (await listSponsorLeads(app.deps.db.em.fork(), finlytics.id)).map((l) => l.name);
    expect(names).not.toContain('Carla Souza');
    expect(names).toContain('Alice Martins');
  });

  it('a forgotten person’s card in the sponsor’s Slack channel is replaced, like a withdrawn one', async () => {
    const priyaLead = (
      await sql<{ id: string }>(
        `select l.id from sponsor_leads l join contacts c on c.id = l.contact_id where c.phone = ?`,
        [PRIYA],
      )
    )[0]!.id;
    const posted = await sendLeadAlert(leadDeps(DAY_ONE_MORNING), priyaLead, leadAlertWording); // pending since her re-consent
    expect(posted.outcome).toBe('posted');
    const { ts } = posted as { ts: string };

    await app.deps.db.em
      .fork()
      .transactional((tx) =>
        leadDataEraser.erase(tx, { contactId: priyaContact, eventId: EVENT_ID, attendeeId: null }, erasing),
      );
    const queued = await sql<{ reason: string }>('select reason from slack_card_redactions where ts = ?', [
      ts,
    ]);
    expect(queued).toEqual([{ reason: 'erased' }]);

    expect(await redactPendingCards(app.deps.leads, withdrawnLeadNote)).toBe(2); // her withdrawn first card, and this one
    const update = app.slackApi!.calls.find((c) => c.method === 'chat.update' && c.args.ts === ts);
    expect(update?.args.text).toMatch(/asked us to delete their data/);
    expect(JSON.stringify(update?.args.blocks)).not.toContain('Priya');
    expect(await redactPendingCards(app.deps.leads, withdrawnLeadNote)).toBe(0);
  });
});
