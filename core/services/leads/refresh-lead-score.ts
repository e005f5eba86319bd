import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { SponsorInfo } from './find-sponsor.js';
import { scoreLead, type Temperature } from './score-lead.js';

/**
 * Scores a lead from what we know now — the profile fields the attendee shared against the sponsor's targets,
 * and their recorded activity towards the sponsor — and stores score, factors and temperature on the lead row.
 */
export async function refreshLeadScore(
  em: EntityManager,
  lead: { id: string; contactId: string; sponsor: SponsorInfo },
): Promise<{ score: number; temperature: Temperature }> {
  const db = kysely(em);
  const attendee = await db
    .selectFrom('SponsorLead as l')
    .innerJoin('Attendee as a', (join) =>
      join.on('a.event', '=', lead.sponsor.eventId).onRef('a.contact', '=', 'l.contact'),
    )
    .select(['l.sharedFields', 'a.role', 'a.interests'])
    .where('l.id', '=', lead.id)
    .executeTakeFirst();
  // Only what the person agreed to share may count (a factor names it, and the sponsor sees the factors).
  const shared = new Set<string>(attendee?.sharedFields ?? []);
  const profile = {
    role: shared.has('role') ? (attendee?.role ?? '') : '',
    interests: shared.has('interests') ? (attendee?.interests ?? []) : [],
  };
  const activity = await db
    .selectFrom('SponsorActivity')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('kind', '=', 'booth_visit').as('booth'),
      eb.fn.countAll<string>().filterWhere('kind', '=', 'demo_request').as('demo'),
      eb.fn.countAll<string>().filterWhere('kind', '=', 'session_attended').as('sessions'),
    ])
    .where('sponsor', '=', lead.sponsor.id)
    .where('contact', '=', lead.contactId)
    .executeTakeFirst();
  const result = scoreLead(profile, lead.sponsor.targets, {
    boothVisits: Number(activity?.booth ?? 0),
    demoRequested: Number(activity?.demo ?? 0) > 0,
    sessionsOnTopic: Number(activity?.sessions ?? 0),
  });
  await db
    .updateTable('SponsorLead')
    .set({
      score: result.score,
      scoringFactors: result.factors,
      temperature: result.temperature,
      updatedAt: sql`now()`,
    })
    .where('id', '=', lead.id)
    .executeTakeFirst();
  return result;
}
