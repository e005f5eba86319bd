import type { EntityManager } from '@mikro-orm/postgresql';
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
  // Only what the person agreed to share may count (a factor names it, and the sponsor sees the factors).
  const [profile] = await em.execute<{ role: string; interests: string[] }[]>(
    `select case when 'role' = any(l.shared_fields) then a.role else '' end as role,
            case when 'interests' = any(l.shared_fields) then a.interests else '{}' end as interests
       from sponsor_leads l join attendees a on a.event_id = ? and a.contact_id = l.contact_id
      where l.id = ?`,
    [lead.sponsor.eventId, lead.id],
  );
  const [activity] = await em.execute<{ booth: string; demo: string; sessions: string }[]>(
    `select count(*) filter (where kind = 'booth_visit') as booth,
            count(*) filter (where kind = 'demo_request') as demo,
            count(*) filter (where kind = 'session_attended') as sessions
       from sponsor_activities where sponsor_id = ? and contact_id = ?`,
    [lead.sponsor.id, lead.contactId],
  );
  const result = scoreLead(profile ?? { role: '', interests: [] }, lead.sponsor.targets, {
    boothVisits: Number(activity?.booth ?? 0),
    demoRequested: Number(activity?.demo ?? 0) > 0,
    sessionsOnTopic: Number(activity?.sessions ?? 0),
  });
  await em.execute(
    'update sponsor_leads set score = ?, scoring_factors = ?, temperature = ?, updated_at = now() where id = ?',
    [result.score, JSON.stringify(result.factors), result.temperature, lead.id],
  );
  return result;
}
