import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { AttendanceSource } from '../../../db/entities/session-attendance.entity.js';
import { kysely } from '../../../db/kysely.js';
import { listSponsors } from '../leads/find-sponsor.js';
import { markAlertPending } from '../leads/lead-consent.js';
import { recordActivity } from '../leads/record-activity.js';
import { refreshLeadScore } from '../leads/refresh-lead-score.js';
import type { SessionInfo } from './find-event-session.js';
import { isOnTopic } from './sessions-on-topic.js';

/** A room's code may be scanned this long before the session starts (people arrive early). */
export const ATTENDANCE_OPENS_BEFORE_MS = 30 * 60 * 1000;

export type AttendanceOutcome =
  /** Recorded now; `leadAlerts` are hot leads whose alert was marked pending (queue them after commit). */
  | { kind: 'recorded'; session: SessionInfo; leadAlerts: string[] }
  /** Recorded before: nothing changes. */
  | { kind: 'already'; session: SessionInfo }
  | { kind: 'not_started'; session: SessionInfo }
  | { kind: 'ended'; session: SessionInfo };

/**
 * Records that a person is at a session, once (unique per session and contact, `on conflict do nothing`).
 * Only while the session runs (from 30 minutes before its start): a code scanned the day before is not
 * attendance. A new attendance counts for every sponsor whose topics the session is on — an activity
 * `session_attended`, the lead score refreshed where the person already shares their details, and a hot
 * lead's alert marked pending in this same transaction.
 */
export async function recordAttendance(
  em: EntityManager,
  input: { session: SessionInfo; eventId: string; contactId: string; source: AttendanceSource; now: Date },
): Promise<AttendanceOutcome> {
  const { session, now } = input;
  if (now.getTime() < session.startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_MS)
    return { kind: 'not_started', session };
  if (now.getTime() >= session.endsAt.getTime()) return { kind: 'ended', session };
  const inserted = await kysely(em)
    .insertInto('SessionAttendance')
    .values({
      id: sql`gen_random_uuid()`,
      session: session.id,
      contact: input.contactId,
      source: input.source,
      createdAt: now,
    })
    .onConflict((oc) => oc.columns(['session', 'contact']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { kind: 'already', session };
  const leadAlerts: string[] = [];
  for (const sponsor of await listSponsors(em, input.eventId)) {
    if (!isOnTopic(session, sponsor.targets.interests)) continue;
    await recordActivity(em, {
      sponsorId: sponsor.id,
      contactId: input.contactId,
      kind: 'session_attended',
      at: now,
    });
    const lead = await kysely(em)
      .selectFrom('SponsorLead')
      .select('id')
      .where('sponsor', '=', sponsor.id)
      .where('contact', '=', input.contactId)
      .where('consent', '=', 'given')
      .executeTakeFirst();
    if (!lead) continue;
    const { temperature } = await refreshLeadScore(em, { id: lead.id, contactId: input.contactId, sponsor });
    if (temperature === 'hot' && (await markAlertPending(em, lead.id))) leadAlerts.push(lead.id);
  }
  return { kind: 'recorded', session, leadAlerts };
}
