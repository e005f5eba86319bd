import type { EntityManager } from '@mikro-orm/postgresql';
import type { LeadFactor, Temperature } from './score-lead.js';

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

interface LeadRow {
  id: string;
  sponsor_id: string;
  shared_fields: string[];
  attendee_name: string | null;
  display_name: string | null;
  role: string | null;
  company: string | null;
  interests: string[] | null;
  industry: string | null;
  email: string | null;
  phone: string | null;
  score: number;
  temperature: Temperature;
  scoring_factors: LeadFactor[];
  rating: number | null;
  notes: string | null;
  consented_at: Date;
}

const SELECT = `select l.id, l.sponsor_id, l.shared_fields, a.name as attendee_name, c.display_name, a.role, a.company, a.interests,
         a.industry, a.email, c.phone, l.score, l.temperature, l.scoring_factors, l.rating, l.notes, l.consented_at
    from sponsor_leads l join contacts c on c.id = l.contact_id left join attendees a on a.id = l.attendee_id`;

/** Withholds every field the attendee did not agree to share; empty profile fields read as null. */
function toView(r: LeadRow): LeadView {
  const shared = new Set(r.shared_fields);
  const pick = <T>(field: string, value: T | null | undefined): T | null =>
    shared.has(field) && value !== undefined && value !== null && value !== '' ? value : null;
  return {
    id: r.id,
    sponsorId: r.sponsor_id,
    name: pick('name', r.attendee_name ?? r.display_name),
    role: pick('role', r.role),
    company: pick('company', r.company),
    interests: pick('interests', r.interests?.length ? r.interests : null),
    industry: pick('industry', r.industry),
    email: pick('email', r.email),
    phone: pick('phone', r.phone),
    score: r.score,
    temperature: r.temperature,
    factors: r.scoring_factors ?? [],
    rating: r.rating,
    notes: r.notes,
    consentedAt: new Date(r.consented_at),
  };
}

/** The sponsor's consented leads, newest first. Declined and withdrawn people are never in it. */
export async function listSponsorLeads(
  em: EntityManager,
  sponsorId: string,
  limit = 1000,
): Promise<LeadView[]> {
  const rows = await em.execute<LeadRow[]>(
    `${SELECT} where l.sponsor_id = ? and l.consent = 'given' order by l.consented_at desc, l.id limit ?`,
    [sponsorId, limit],
  );
  return rows.map(toView);
}

/** One consented lead (for its alert card); null once withdrawn or erased. */
export async function loadLeadView(em: EntityManager, leadId: string): Promise<LeadView | null> {
  const [row] = await em.execute<LeadRow[]>(`${SELECT} where l.id = ? and l.consent = 'given'`, [leadId]);
  return row ? toView(row) : null;
}

/** Anonymous counts for a sponsor: people who engaged without sharing their details are only ever a number. */
export async function anonymousInterest(em: EntityManager, sponsorId: string): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>(
    `select count(distinct a.contact_id) as n from sponsor_activities a
      where a.sponsor_id = ? and not exists (select 1 from sponsor_leads l
        where l.sponsor_id = a.sponsor_id and l.contact_id = a.contact_id and l.consent = 'given')`,
    [sponsorId],
  );
  return Number(row?.n ?? 0);
}
