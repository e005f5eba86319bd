import type { EntityManager } from '@mikro-orm/postgresql';
import type { LeadConsent } from '../../../db/entities/sponsor-lead.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { Temperature } from './score-lead.js';

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
  const rows = await kysely(em)
    .selectFrom('Sponsor as s')
    .leftJoin('SponsorLead as l', 'l.sponsor', 's.id')
    .select((eb) => {
      const leads = (consent: LeadConsent) => eb.fn.countAll<string>().filterWhere('l.consent', '=', consent);
      const given = (temperature: Temperature) =>
        leads('given').filterWhere('l.temperature', '=', temperature);
      return [
        's.name',
        given('hot').as('hot'),
        given('warm').as('warm'),
        given('cold').as('cold'),
        leads('declined').as('declined'),
        leads('withdrawn').as('withdrawn'),
        eb
          .selectFrom('SponsorActivity as a')
          .select((sub) => sub.fn.count<string>('a.contact').distinct().as('n'))
          .whereRef('a.sponsor', '=', 's.id')
          .as('interested'),
      ];
    })
    .where('s.event', '=', eventId)
    .groupBy('s.id')
    .orderBy('s.name')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    hot: Number(r.hot),
    warm: Number(r.warm),
    cold: Number(r.cold),
    declined: Number(r.declined),
    withdrawn: Number(r.withdrawn),
    interested: Number(r.interested ?? 0),
  }));
}
