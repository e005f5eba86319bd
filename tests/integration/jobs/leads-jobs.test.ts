import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../core/router/skill.js';
import { leadAlertJob } from '../../../jobs/lead-alert.job.js';
import { leadDigestJob } from '../../../jobs/lead-digest.job.js';
import { leadWithdrawnJob } from '../../../jobs/lead-withdrawn.job.js';
import { leadsSweepJob } from '../../../jobs/leads-sweep.job.js';
import { sponsorCommandJob } from '../../../jobs/sponsor-command.job.js';
import { handleWhatsApp } from '../../support/handle-inbound-job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';
const ALICE = '+15550100101';
const GRACE = '+15550100107'; // ML Engineer: a hot lead for DataForge
const OSCAR = '+15550100115'; // Student; typescript, ai, open source: a cold lead for Acme Cloud
const ACME = 'C0ACME001';

let app: TestApp;
beforeAll(async () => {
  // No workers: each test runs the one job it is about on a worker of its own.
  app = await startTestApp({ workers: false, slack: true });
});
afterAll(async () => {
  await app?.close();
});
let jobs: JobHarness;
beforeEach(() => {
  jobs = startJobHarness();
});
afterEach(async () => {
  await jobs.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const slack = () => app.slackApi!;
const deps = () => ({ ...app.deps.leads, queues: jobs.queues });
const say = (phone: string, text: string, button?: string) =>
  handleWhatsApp(app, jobs, phone, { text, ...(button ? { button } : {}) });
const leadIdOf = (followUps: FollowUp[], kind: 'lead-alert' | 'lead-withdrawn') => {
  const found = followUps.find((f) => f.kind === kind);
  return found && 'leadId' in found ? found.leadId : '';
};

/** Someone asks a sponsor for a demo and taps "Yes, share": the lead exists (a fitting one is hot). */
async function askForADemo(phone: string, sponsor: { code: string; name: string }): Promise<FollowUp[]> {
  await say(phone, `I'd like a demo from ${sponsor.name}`);
  return say(phone, 'Yes, share', `act:lead-consent:${sponsor.code}:yes`);
}
const acmeCloud = { code: 'acme-cloud', name: 'Acme Cloud' };
const dataForge = { code: 'dataforge', name: 'DataForge' };

describe('lead-alert job', () => {
  it('posts a hot lead’s card to the sponsor’s channel once (job id: the lead’s)', async () => {
    const leadId = leadIdOf(await askForADemo(ALICE, acmeCloud), 'lead-alert');
    expect(leadId).not.toBe('');
    expect(await jobs.run(leadAlertJob, deps(), { leadId })).toMatchObject({
      outcome: 'posted',
      channel: ACME,
    });
    const card = slack().calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === ACME);
    expect(JSON.stringify(card.at(-1)?.args.blocks)).toContain('Alice Martins');
    expect(await jobs.run(leadAlertJob, deps(), { leadId }, { jobId: 'again' })).toMatchObject({
      outcome: 'not-pending',
    });
    expect(leadAlertJob.bulkEntry({ leadId }).opts).toEqual({ jobId: `alert-${leadId}`, removeOnFail: true });
  });
});

describe('lead-withdrawn job', () => {
  it('replaces the card of someone who stopped sharing', async () => {
    const leadId = leadIdOf(await say(ALICE, 'stop sharing with Acme'), 'lead-withdrawn');
    expect(leadId).not.toBe('');
    expect(await jobs.run(leadWithdrawnJob, deps(), { leadId })).toEqual({ redacted: 1 });
    const update = slack().calls.filter((c) => c.method === 'chat.update' && c.args.channel === ACME);
    expect(String(update.at(-1)?.args.text)).toMatch(/withdrew their consent/);
  });
});

describe('lead-digest job', () => {
  it('posts each sponsor’s new warm and cold leads of the day to its channel', async () => {
    await askForADemo(OSCAR, acmeCloud);
    const before = slack().calls.length;
    expect(await jobs.run(leadDigestJob, deps(), { eventId: EVENT_ID })).toEqual({ sponsors: 1, leads: 1 });
    const [digest] = slack()
      .calls.slice(before)
      .filter((c) => c.method === 'chat.postMessage' && c.args.channel === ACME);
    expect(JSON.stringify(digest?.args.blocks)).toContain('Oscar');
    expect(leadDigestJob.bulkEntry({ eventId: EVENT_ID }).opts).toEqual({ attempts: 3 });
  });
});

describe('sponsor-command job', () => {
  it('answers `/leads` in a sponsor’s channel with its consented leads', async () => {
    const id = randomUUID();
    await sql(
      `insert into organizer_commands (id, event_id, slack_user_id, slack_channel_id, command, args, response_url,
         status, created_at)
       values (?, ?, 'U0ACMEREP', ?, 'leads', '', ?, 'accepted', now())`,
      [id, EVENT_ID, ACME, slack().responseUrl(id)],
    );
    expect(await jobs.run(sponsorCommandJob, deps(), { commandId: id })).toEqual({
      done: 'leads',
      exported: false,
    });
    const answer = JSON.stringify(slack().responses.find((r) => r.id === id)?.body);
    expect(answer).toContain('Oscar');
    expect(answer).not.toContain('Alice'); // withdrawn
  });
});

describe('leads-sweep job', () => {
  it('queues again an alert whose job was lost', async () => {
    const leadId = leadIdOf(await askForADemo(GRACE, dataForge), 'lead-alert');
    await sql("update sponsor_leads set updated_at = now() - interval '1 minute' where id = ?", [leadId]);
    expect(await jobs.run(leadsSweepJob, deps(), {})).toEqual({ requeued: 1, redacted: 0 });
    expect((await jobs.queued('leads')).map((job) => job.id)).toEqual([`alert-${leadId}`]);
  });
});
