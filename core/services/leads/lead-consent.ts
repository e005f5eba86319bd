import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { LeadConsent } from '../../../db/entities/sponsor-lead.entity.js';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LEAD_FIELDS } from '../../catalog/event-file.js';
import { queueCardRedaction } from './card-redactions.js';
import type { SponsorInfo } from './find-sponsor.js';
import { readLeadSharing } from './lead-sharing-setting.js';
import { refreshLeadScore } from './refresh-lead-score.js';
import type { Temperature } from './score-lead.js';

/** A lead row before anything is known about it: unscored, nothing shared, no alert. */
const newLead = (sponsorId: string, contactId: string) => ({
  id: randomUUID(),
  sponsor: sponsorId,
  contact: contactId,
  contactOk: false,
  sharedFields: [] as string[],
  score: 0,
  scoringFactors: [],
  temperature: 'cold' as const,
  alertStatus: 'none' as const,
  createdAt: sql<Date>`now()`,
  updatedAt: sql<Date>`now()`,
});

/** This person's standing answer to this sponsor, if any (under the sender's lock: stable for the message). */
export async function findConsent(
  em: EntityManager,
  sponsorId: string,
  contactId: string,
): Promise<{ id: string; consent: LeadConsent; contactOk: boolean; sharedFields: string[] } | null> {
  const row = await kysely(em)
    .selectFrom('SponsorLead')
    .select(['id', 'consent', 'contactOk', 'sharedFields'])
    .where('sponsor', '=', sponsorId)
    .where('contact', '=', contactId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
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
    const lead = await kysely(em)
      .selectFrom('SponsorLead')
      .select(['score', 'temperature'])
      .where('id', '=', existing.id)
      .executeTakeFirst();
    return {
      leadId: existing.id,
      outcome: 'already',
      score: lead?.score ?? 0,
      temperature: lead?.temperature ?? 'cold',
      sharedFields: existing.sharedFields,
      alert: false,
    };
  }
  const row = await kysely(em)
    .insertInto('SponsorLead')
    .values({
      ...newLead(input.sponsor.id, input.contactId),
      attendee: input.attendeeId,
      consent: 'given',
      contactOk: input.contactOk,
      sharedFields,
      consentedAt: input.now,
    })
    .onConflict((oc) =>
      oc.columns(['sponsor', 'contact']).doUpdateSet((eb) => ({
        consent: 'given',
        contactOk: eb.ref('excluded.contactOk'),
        sharedFields: eb.ref('excluded.sharedFields'),
        consentedAt: eb.ref('excluded.consentedAt'),
        attendee: eb.ref('excluded.attendee'),
        withdrawnAt: null,
        updatedAt: sql`now()`,
        // Back after a withdrawal: the old card was replaced and the lead left the digests, so it may be
        // announced again (once more, by the same guard).
        alertStatus: eb
          .case()
          .when(
            eb.and([
              eb('SponsorLead.consent', '=', 'withdrawn'),
              eb('SponsorLead.alertStatus', 'in', ['sent', 'skipped']),
            ]),
          )
          .then('none' as const)
          .else(eb.ref('SponsorLead.alertStatus'))
          .end(),
        digestSentAt: eb
          .case()
          .when('SponsorLead.consent', '=', 'withdrawn')
          .then(null)
          .else(eb.ref('SponsorLead.digestSentAt'))
          .end(),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const leadId = row.id;
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
  const marked = await kysely(em)
    .updateTable('SponsorLead')
    .set({ alertStatus: 'pending', updatedAt: sql`now()` })
    .where('id', '=', leadId)
    .where('alertStatus', '=', 'none')
    .where('consent', '=', 'given')
    .where('temperature', '=', 'hot')
    .executeTakeFirst();
  return marked.numUpdatedRows > 0n;
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
  await kysely(em)
    .insertInto('SponsorLead')
    .values({ ...newLead(input.sponsor.id, input.contactId), consent: 'declined', declinedAt: input.now })
    .onConflict((oc) =>
      oc.columns(['sponsor', 'contact']).doUpdateSet((eb) => ({
        consent: 'declined',
        declinedAt: eb.ref('excluded.declinedAt'),
        updatedAt: sql`now()`,
      })),
    )
    .executeTakeFirst();
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
  // At most one row: a sponsor and a contact have one lead.
  const row = await kysely(em)
    .updateTable('SponsorLead')
    .set({ consent: 'withdrawn', withdrawnAt: input.now, updatedAt: sql`now()` })
    .where('sponsor', '=', input.sponsor.id)
    .where('contact', '=', input.contactId)
    .where('consent', '=', 'given')
    .returning(['id', 'alertRef'])
    .executeTakeFirst();
  const redact = row ? await queueCardRedaction(em, row.alertRef ?? null, 'withdrawn') : false;
  return { withdrawn: Boolean(row), leadId: row?.id ?? null, redact };
}
