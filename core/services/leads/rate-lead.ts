import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';

/** Who is rating: a Slack channel or a WhatsApp number must be the lead's sponsor's own. */
export type SponsorSeat = { slackChannel: string } | { whatsapp: string };

/** `name` is null when the lead did not share it: each reader words "this lead" in their own language. */
export type RateOutcome = { outcome: 'saved'; name: string | null } | { outcome: 'not_found' | 'not_yours' };

async function findRateable(em: EntityManager, leadId: string, seat: SponsorSeat) {
  if (!isUuid(leadId)) return { outcome: 'not_found' as const };
  // A withdrawn or erased lead is gone from the sponsor's view: it cannot be rated either.
  const lead = await kysely(em)
    .selectFrom('SponsorLead as l')
    .innerJoin('Sponsor as s', 's.id', 'l.sponsor')
    .leftJoin('Attendee as a', 'a.id', 'l.attendee')
    .select(['a.name', 's.slackChannel', 's.whatsapp'])
    .where('l.id', '=', leadId)
    .where('l.consent', '=', 'given')
    .executeTakeFirst();
  if (!lead) return { outcome: 'not_found' as const };
  const mine =
    'slackChannel' in seat ? lead.slackChannel === seat.slackChannel : lead.whatsapp === seat.whatsapp;
  if (!mine) return { outcome: 'not_yours' as const };
  return { outcome: 'ok' as const, name: lead.name ?? null };
}

/** ★1–5 from the sponsor's alert card; the latest rating counts. */
export async function rateLead(
  em: EntityManager,
  input: { leadId: string; stars: number; by: string; seat: SponsorSeat; now: Date },
): Promise<RateOutcome> {
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) return { outcome: 'not_found' };
  const found = await findRateable(em, input.leadId, input.seat);
  if (found.outcome !== 'ok') return found;
  await kysely(em)
    .updateTable('SponsorLead')
    .set({ rating: input.stars, ratedBy: input.by, ratedAt: input.now, updatedAt: sql`now()` })
    .where('id', '=', input.leadId)
    .executeTakeFirst();
  return { outcome: 'saved', name: found.name };
}

/** The sponsor's note on a lead (replaces the previous one; 2,000 characters at most). */
export async function noteLead(
  em: EntityManager,
  input: { leadId: string; note: string; by: string; seat: SponsorSeat; now: Date },
): Promise<RateOutcome> {
  const found = await findRateable(em, input.leadId, input.seat);
  if (found.outcome !== 'ok') return found;
  await kysely(em)
    .updateTable('SponsorLead')
    .set({ notes: input.note.slice(0, 2000), notedBy: input.by, notedAt: input.now, updatedAt: sql`now()` })
    .where('id', '=', input.leadId)
    .executeTakeFirst();
  return { outcome: 'saved', name: found.name };
}
