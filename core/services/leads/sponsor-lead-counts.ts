import type { EntityManager } from '@mikro-orm/postgresql';

/** Per sponsor, counts only: consented leads by temperature, declines, and people who engaged at all. */
export interface SponsorLeadCounts {
  name: string;
  hot: number;
  warm: number;
  cold: number;
  declined: number;
  withdrawn: number;
  /** Distinct people with any activity (booth visit, demo request…), consenting or not. */
  interested: number;
}

export async function sponsorLeadCounts(em: EntityManager, eventId: string): Promise<SponsorLeadCounts[]> {
  const rows = await em.execute<
    (Record<Exclude<keyof SponsorLeadCounts, 'name'>, string> & { name: string })[]
  >(
    `select s.name,
       (select count(*) from sponsor_leads l where l.sponsor_id = s.id and l.consent = 'given' and l.temperature = 'hot') as hot,
       (select count(*) from sponsor_leads l where l.sponsor_id = s.id and l.consent = 'given' and l.temperature = 'warm') as warm,
       (select count(*) from sponsor_leads l where l.sponsor_id = s.id and l.consent = 'given' and l.temperature = 'cold') as cold,
       (select count(*) from sponsor_leads l where l.sponsor_id = s.id and l.consent = 'declined') as declined,
       (select count(*) from sponsor_leads l where l.sponsor_id = s.id and l.consent = 'withdrawn') as withdrawn,
       (select count(distinct a.contact_id) from sponsor_activities a where a.sponsor_id = s.id) as interested
     from sponsors s where s.event_id = ? order by s.name`,
    [eventId],
  );
  return rows.map((r) => ({
    name: r.name,
    hot: Number(r.hot),
    warm: Number(r.warm),
    cold: Number(r.cold),
    declined: Number(r.declined),
    withdrawn: Number(r.withdrawn),
    interested: Number(r.interested),
  }));
}

/** "Acme Cloud: 3 leads (1 hot, 1 warm, 1 cold) · 2 declined · 7 interested" */
export function sponsorCountsLine(c: SponsorLeadCounts): string {
  const leads = c.hot + c.warm + c.cold;
  const extra = [
    c.declined ? `${c.declined} declined` : '',
    c.withdrawn ? `${c.withdrawn} withdrew` : '',
    `${c.interested} interested`,
  ].filter(Boolean);
  return `${c.name}: ${leads} ${leads === 1 ? 'lead' : 'leads'} (${c.hot} hot, ${c.warm} warm, ${c.cold} cold) · ${extra.join(' · ')}`;
}
