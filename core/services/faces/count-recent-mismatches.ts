import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

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
  const row = await kysely(em)
    .selectFrom('AuditLog')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject', '=', q.contactId)
    .where('eventId', '=', q.eventId)
    .where('action', '=', 'face.verify_failed')
    .where('createdAt', '>=', from)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
