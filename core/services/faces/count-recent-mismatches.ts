import type { EntityManager } from '@mikro-orm/postgresql';

/** Selfies lose their "try again" after this long: a new attempt later starts afresh. */
const MISMATCH_MEMORY_MS = 30 * 60 * 1000;

/**
 * How many selfies of this person did not match their enrolment recently (since `since`, at most 30 minutes):
 * the first mismatch gets advice and a retry, the next the QR fallback. Read from the audit log, which records
 * every failed match (the distance only).
 */
export async function countRecentMismatches(
  em: EntityManager,
  q: { eventId: string; contactId: string; since: Date; now: Date },
): Promise<number> {
  const from = new Date(Math.max(q.since.getTime(), q.now.getTime() - MISMATCH_MEMORY_MS));
  const [row] = await em.execute<{ n: string }[]>(
    `select count(*) as n from audit_log
      where subject = ? and event_id = ? and action = 'face.verify_failed' and created_at >= ?`,
    [q.contactId, q.eventId, from],
  );
  return Number(row?.n ?? 0);
}
