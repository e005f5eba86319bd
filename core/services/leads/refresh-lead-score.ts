import type { EntityManager } from '@mikro-orm/postgresql';
import type { SponsorInfo } from './find-sponsor.js';
import { scoreLead, type Temperature } from './score-lead.js';

/**
 * Scores a lead from what we know now — the attendee's profile against the sponsor's targets, and their
 * recorded activity towards the sponsor — and stores score, factors and temperature on the lead row.
 */
export async function refreshLeadScore(
  em: EntityManager,
  lead: { id: string; contactId: string; sponsor: SponsorInfo },
): Promise<{ score: number; temperature: Temperature }> {
  const [profile] = await em.execute<{ role: string; interests: string[] }[]>(
    'select role, interests from attendees where event_id = ? and contact_id = ?',
    [lead.sponsor.eventId, lead.contactId],
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
