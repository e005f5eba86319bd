import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { type LeadFactor, leadFactorsSchema, type Temperature } from './score-lead.js';

/** A lead as its sponsor may see it: only the fields the attendee agreed to share are filled in. */
export interface LeadView {
  id: string;
  sponsorId: string;
  name: string | null;
  role: string | null;
  company: string | null;
  interests: string[] | null;
  industry: string | null;
  email: string | null;
  phone: string | null;
  score: number;
  temperature: Temperature;
  factors: LeadFactor[];
  rating: number | null;
  notes: string | null;
  consentedAt: Date;
}

/** Consented leads with the attendee's profile (when they have one at the event) and their contact. */
function selectLeads(em: EntityManager) {
  return kysely(em)
    .selectFrom('SponsorLead as l')
    .innerJoin('Contact as c', 'c.id', 'l.contact')
    .leftJoin('Attendee as a', 'a.id', 'l.attendee')
    .select([
      'l.id',
      'l.sponsor as sponsorId',
      'l.sharedFields',
      'a.name as attendeeName',
      'c.displayName',
      'a.role',
      'a.company',
      'a.interests',
      'a.industry',
      'a.email',
      'c.phone',
      'l.score',
      'l.temperature',
      'l.scoringFactors',
      'l.rating',
      'l.notes',
      'l.consentedAt',
    ])
    .where('l.consent', '=', 'given');
}

type SelectedLead = Awaited<ReturnType<ReturnType<typeof selectLeads>['executeTakeFirstOrThrow']>>;

/** Withholds every field the attendee did not agree to share; empty profile fields read as null. */
function toView(r: SelectedLead): LeadView {
  const shared = new Set<string>(r.sharedFields);
  const pick = <T>(field: string, value: T | null | undefined): T | null =>
    shared.has(field) && value !== undefined && value !== null && value !== '' ? value : null;
  return {
    id: r.id,
    sponsorId: r.sponsorId,
    name: pick('name', r.attendeeName ?? r.displayName),
    role: pick('role', r.role),
    company: pick('company', r.company),
    interests: pick('interests', r.interests?.length ? r.interests : null),
    industry: pick('industry', r.industry),
    email: pick('email', r.email),
    phone: pick('phone', r.phone),
    score: r.score,
    temperature: r.temperature,
    factors: leadFactorsSchema.parse(r.scoringFactors ?? []),
    rating: r.rating ?? null,
    notes: r.notes ?? null,
    // Consented leads always have the time they said yes.
    consentedAt: new Date(r.consentedAt!),
  };
}

/** The sponsor's consented leads, newest first. Declined and withdrawn people are never in it. */
export async function listSponsorLeads(
  em: EntityManager,
  sponsorId: string,
  limit = 1000,
): Promise<LeadView[]> {
  const rows = await selectLeads(em)
    .where('l.sponsor', '=', sponsorId)
    .orderBy('l.consentedAt', 'desc')
    .orderBy('l.id')
    .limit(limit)
    .execute();
  return rows.map(toView);
}

/** One consented lead (for its alert card); null once withdrawn or erased. */
export async function loadLeadView(em: EntityManager, leadId: string): Promise<LeadView | null> {
  const row = await selectLeads(em).where('l.id', '=', leadId).executeTakeFirst();
  return row ? toView(row) : null;
}

/** Anonymous counts for a sponsor: people who engaged without sharing their details are only ever a number. */
export async function anonymousInterest(em: EntityManager, sponsorId: string): Promise<number> {
  const row = await kysely(em)
    .selectFrom('SponsorActivity as a')
    .select((eb) => eb.fn.count<string>('a.contact').distinct().as('n'))
    .where('a.sponsor', '=', sponsorId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('SponsorLead as l')
            .select('l.id')
            .whereRef('l.sponsor', '=', 'a.sponsor')
            .whereRef('l.contact', '=', 'a.contact')
            .where('l.consent', '=', 'given'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
