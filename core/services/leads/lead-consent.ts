import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_LEAD_FIELDS } from '../../catalog/event-file.js';
import { sqlArray } from '../../sql-array.js';
import { queueCardRedaction } from './card-redactions.js';
import type { SponsorInfo } from './find-sponsor.js';
import { readLeadSharing } from './lead-sharing-setting.js';
import { refreshLeadScore } from './refresh-lead-score.js';
import type { Temperature } from './score-lead.js';

export type Consent = 'given' | 'declined' | 'withdrawn';

/** This person's standing answer to this sponsor, if any (under the sender's lock: stable for the message). */
export async function findConsent(
  em: EntityManager,
  sponsorId: string,
  contactId: string,
): Promise<{ id: string; consent: Consent; contactOk: boolean; sharedFields: string[] } | null> {
  const [row] = await em.execute<
    { id: string; consent: Consent; contact_ok: boolean; shared_fields: string[] }[]
  >(
    'select id, consent, contact_ok, shared_fields from sponsor_leads where sponsor_id = ? and contact_id = ? for update',
    [sponsorId, contactId],
  );
  return row
    ? { id: row.id, consent: row.consent, contactOk: row.contact_ok, sharedFields: row.shared_fields }
    : null;
}

/** The fields a yes shares: the event's setting, plus the phone number when they agree to be contacted. */
export async function fieldsToShare(
  em: EntityManager,
  eventId: string,
  contactOk: boolean,
): Promise<string[]> {
  const fields = (await readLeadSharing(em, eventId))?.fields ?? [...DEFAULT_LEAD_FIELDS];
  return contactOk ? [...fields, 'phone'] : fields;
}

export interface ConsentOutcome {
  leadId: string;
  /** `already` when they had said yes before with the same contact choice (a double tap): nothing changes. */
  outcome: 'given' | 'already';
  score: number;
  temperature: Temperature;
  sharedFields: string[];
  /** True when this yes made a hot lead that the sponsor has not been alerted about: queue the alert. */
  alert: boolean;
}

/**
 * Yes: the lead exists (or comes back after a withdrawal), scored now; a hot lead is marked for its alert in
 * the same transaction (`alert_status` none → pending, once per lead), so however often this runs the
 * sponsor is alerted once.
 */
export async function giveConsent(
  em: EntityManager,
  input: {
    sponsor: SponsorInfo;
    contactId: string;
    /** The person's attendee row at the sponsor's event (the pipeline's `ctx.attendee`), if they have one. */
    attendeeId: string | null;
    contactOk: boolean;
    now: Date;
  },
): Promise<ConsentOutcome> {
  const existing = await findConsent(em, input.sponsor.id, input.contactId);
  const sharedFields = await fieldsToShare(em, input.sponsor.eventId, input.contactOk);
  if (existing?.consent === 'given' && existing.contactOk === input.contactOk) {
    const [lead] = await em.execute<{ score: number; temperature: Temperature }[]>(
      'select score, temperature from sponsor_leads where id = ?',
      [existing.id],
    );
    return {
      leadId: existing.id,
      outcome: 'already',
      score: lead?.score ?? 0,
      temperature: lead?.temperature ?? 'cold',
      sharedFields: existing.sharedFields,
      alert: false,
    };
  }
  const [row] = await em.execute<{ id: string }[]>(
    `insert into sponsor_leads (id, sponsor_id, contact_id, attendee_id, consent, contact_ok, shared_fields, consented_at,
       scoring_factors, created_at, updated_at)
     values (?, ?, ?, ?, 'given', ?, ?::text[], ?, '[]', now(), now())
     on conflict (sponsor_id, contact_id) do update set consent = 'given', contact_ok = excluded.contact_ok,
       shared_fields = excluded.shared_fields, consented_at = excluded.consented_at, attendee_id = excluded.attendee_id,
       withdrawn_at = null, updated_at = now(),
       -- Back after a withdrawal: the old card was replaced and the lead left the digests, so it may be announced
       -- again (once more, by the same guard).
       alert_status = case when sponsor_leads.consent = 'withdrawn' and sponsor_leads.alert_status in ('sent', 'skipped')
                           then 'none' else sponsor_leads.alert_status end,
       digest_sent_at = case when sponsor_leads.consent = 'withdrawn' then null else sponsor_leads.digest_sent_at end
     returning id`,
    [
      randomUUID(),
      input.sponsor.id,
      input.contactId,
      input.attendeeId,
      input.contactOk,
      sqlArray(sharedFields),
      input.now,
    ],
  );
  const leadId = row!.id;
  const { score, temperature } = await refreshLeadScore(em, {
    id: leadId,
    contactId: input.contactId,
    sponsor: input.sponsor,
  });
  const alert = temperature === 'hot' && (await markAlertPending(em, leadId));
  return { leadId, outcome: 'given', score, temperature, sharedFields, alert };
}

/** none → pending, once: the guard that makes the hot-lead alert exactly-once. */
export async function markAlertPending(em: EntityManager, leadId: string): Promise<boolean> {
  const marked = await em.execute<{ id: string }[]>(
    `update sponsor_leads set alert_status = 'pending', updated_at = now()
      where id = ? and alert_status = 'none' and consent = 'given' and temperature = 'hot' returning id`,
    [leadId],
  );
  return marked.length > 0;
}

/** No: remembered, so the bot does not ask again for this sponsor. A "no" after a yes is a withdrawal. */
export async function declineConsent(
  em: EntityManager,
  input: { sponsor: SponsorInfo; contactId: string; now: Date },
): Promise<'declined' | 'withdrawn'> {
  const existing = await findConsent(em, input.sponsor.id, input.contactId);
  if (existing?.consent === 'given') {
    await withdrawConsent(em, input);
    return 'withdrawn';
  }
  await em.execute(
    `insert into sponsor_leads (id, sponsor_id, contact_id, consent, declined_at, scoring_factors, created_at, updated_at)
     values (?, ?, ?, 'declined', ?, '[]', now(), now())
     on conflict (sponsor_id, contact_id) do update set consent = 'declined', declined_at = excluded.declined_at,
       updated_at = now()`,
    [randomUUID(), input.sponsor.id, input.contactId, input.now],
  );
  return 'declined';
}

/**
 * "Stop sharing with Acme": the lead leaves the sponsor's view (listings, exports, digests only show `given`),
 * and its Slack card, if one was posted, is queued for replacement in the same transaction (`redact`).
 */
export async function withdrawConsent(
  em: EntityManager,
  input: { sponsor: SponsorInfo; contactId: string; now: Date },
): Promise<{ withdrawn: boolean; leadId: string | null; redact: boolean }> {
  const rows = await em.execute<{ id: string; alert_ref: string | null }[]>(
    `update sponsor_leads set consent = 'withdrawn', withdrawn_at = ?, updated_at = now()
      where sponsor_id = ? and contact_id = ? and consent = 'given' returning id, alert_ref`,
    [input.now, input.sponsor.id, input.contactId],
  );
  const row = rows[0];
  const redact = row ? await queueCardRedaction(em, row.alert_ref, 'withdrawn') : false;
  return { withdrawn: Boolean(row), leadId: row?.id ?? null, redact };
}
