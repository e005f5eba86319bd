import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../is-uuid.js';

/** Who is rating: a Slack channel or a WhatsApp number must be the lead's sponsor's own. */
export type SponsorSeat = { slackChannel: string } | { whatsapp: string };

export type RateOutcome = { outcome: 'saved'; name: string } | { outcome: 'not_found' | 'not_yours' };

async function findRateable(em: EntityManager, leadId: string, seat: SponsorSeat) {
  if (!isUuid(leadId)) return { outcome: 'not_found' as const };
  // A withdrawn or erased lead is gone from the sponsor's view: it cannot be rated either.
  const [lead] = await em.execute<
    { name: string | null; slack_channel: string | null; whatsapp: string | null }[]
  >(
    `select a.name, s.slack_channel, s.whatsapp from sponsor_leads l join sponsors s on s.id = l.sponsor_id
       left join attendees a on a.id = l.attendee_id
      where l.id = ? and l.consent = 'given'`,
    [leadId],
  );
  if (!lead) return { outcome: 'not_found' as const };
  const mine =
    'slackChannel' in seat ? lead.slack_channel === seat.slackChannel : lead.whatsapp === seat.whatsapp;
  if (!mine) return { outcome: 'not_yours' as const };
  return { outcome: 'ok' as const, name: lead.name ?? 'this lead' };
}

/** ★1–5 from the sponsor's alert card; the latest rating counts. */
export async function rateLead(
  em: EntityManager,
  input: { leadId: string; stars: number; by: string; seat: SponsorSeat; now: Date },
): Promise<RateOutcome> {
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) return { outcome: 'not_found' };
  const found = await findRateable(em, input.leadId, input.seat);
  if (found.outcome !== 'ok') return found;
  await em.execute(
    'update sponsor_leads set rating = ?, rated_by = ?, rated_at = ?, updated_at = now() where id = ?',
    [input.stars, input.by, input.now, input.leadId],
  );
  return { outcome: 'saved', name: found.name };
}

/** The sponsor's note on a lead (replaces the previous one; 2,000 characters at most). */
export async function noteLead(
  em: EntityManager,
  input: { leadId: string; note: string; by: string; seat: SponsorSeat; now: Date },
): Promise<RateOutcome> {
  const found = await findRateable(em, input.leadId, input.seat);
  if (found.outcome !== 'ok') return found;
  await em.execute(
    'update sponsor_leads set notes = ?, noted_by = ?, noted_at = ?, updated_at = now() where id = ?',
    [input.note.slice(0, 2000), input.by, input.now, input.leadId],
  );
  return { outcome: 'saved', name: found.name };
}
