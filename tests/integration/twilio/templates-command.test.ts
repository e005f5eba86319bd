import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHATSAPP_TEMPLATES } from '../../../adapters/channels/twilio/templates/index.js';
import type { TemplateState } from '../../../adapters/channels/twilio/templates/sync-templates.js';
import { run } from '../../../bots/commands/twilio.js';
import { loadTemplateSids } from '../../../core/services/templates/template-sids.js';
import { initDb } from '../../../db/orm.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../../fakes/fake-twilio-api.js';
import { createTestDatabase, testRedisUrl } from '../../setup/test-database.js';

const ACCOUNT = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'templates-token' };
let twilio: FakeTwilioApi;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  twilio = await startFakeTwilioApi(ACCOUNT);
  database = await createTestDatabase();
});
afterAll(async () => {
  await twilio?.close();
  await database?.drop();
});

/** What sends will find: the stored Content SIDs by template name and language. */
async function stored(): Promise<Map<string, string>> {
  const db = await initDb(database.url, { poolMax: 1 });
  try {
    const rows = await loadTemplateSids(db.em.fork());
    return new Map(rows.map((r) => [`${r.name}/${r.language}/v${r.version}`, r.contentSid]));
  } finally {
    await db.close(true);
  }
}

async function templates(action: string) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => {
    out += c;
  });
  const env = {
    TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
    TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
    TWILIO_API_BASE_URL: twilio.url,
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
  };
  const code = await run(
    ['templates', action, '--json'],
    { stdin: new PassThrough(), stdout, stderr: new PassThrough() },
    env,
  );
  return { code, ...(JSON.parse(out) as { templates: TemplateState[] }) };
}

describe('eventos twilio templates', () => {
  it('sync creates each template in each language once, submits it for approval, and a second run changes nothing', async () => {
    const before = await templates('status');
    expect(before.code).toBe(1);
    expect(before.templates.every((t) => t.approval === 'missing' && t.sid === null)).toBe(true);

    const first = await templates('sync');
    expect(first.code).toBe(0);
    expect(first.templates).toHaveLength(WHATSAPP_TEMPLATES.length * 3);
    expect(first.templates.every((t) => t.created && t.submitted && t.approval === 'received')).toBe(true);
    expect(twilio.contents).toHaveLength(18);
    const offerPt = twilio.contents.find((c) => c.friendly_name === 'eventos_waitlist_offer_v1_pt');
    expect(offerPt?.language).toBe('pt');
    expect(offerPt?.types['twilio/quick-reply']).toMatchObject({
      actions: [
        { id: 'act:claim-offer:{{7}}', title: 'Reservar' },
        { id: 'act:pass-offer:{{7}}', title: 'Passar' },
      ],
    });
    expect(offerPt?.variables['7']).toBeTruthy();
    expect(
      twilio.contents.find((c) => c.friendly_name === 'eventos_meeting_update_v1_en')?.types,
    ).toHaveProperty(['twilio/text', 'body']);
    expect(offerPt?.approval).toEqual({
      name: 'eventos_waitlist_offer_v1_pt',
      category: 'UTILITY',
      status: 'received',
    });
    // Stored where sends look them up (by name and language): nothing to copy into the config.
    const offerEn = twilio.contents.find((c) => c.friendly_name === 'eventos_waitlist_offer_v1_en');
    const sids = await stored();
    expect(sids.size).toBe(WHATSAPP_TEMPLATES.length * 3);
    expect(sids.get('waitlist_offer/en/v1')).toBe(offerEn?.sid);
    expect(sids.get('waitlist_offer/pt/v1')).toBe(offerPt?.sid);

    const second = await templates('sync');
    expect(second.templates.some((t) => t.created || t.submitted)).toBe(false);
    expect(twilio.contents).toHaveLength(18);
    expect(await stored()).toEqual(sids);
  });

  it('status reports approval per template and language, with the rejection reason', async () => {
    const rejected = twilio.contents.find((c) => c.friendly_name === 'eventos_sponsor_lead_v1_es');
    const approved = twilio.contents.find((c) => c.friendly_name === 'eventos_meeting_reminder_v1_en');
    if (!rejected?.approval || !approved?.approval) throw new Error('sync first');
    approved.approval.status = 'approved';
    Object.assign(rejected.approval, { status: 'rejected', rejection_reason: 'INVALID_FORMAT' });
    const { code, templates: states } = await templates('status');
    expect(code).toBe(1);
    expect(states.find((s) => s.friendlyName === 'eventos_meeting_reminder_v1_en')?.approval).toBe(
      'approved',
    );
    expect(states.find((s) => s.friendlyName === 'eventos_sponsor_lead_v1_es')).toMatchObject({
      approval: 'rejected',
      rejectionReason: 'INVALID_FORMAT',
    });
    expect(states.filter((s) => s.approval === 'received')).toHaveLength(16);
  });
});
