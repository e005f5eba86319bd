import type { EntityManager } from '@mikro-orm/postgresql';

export interface AuditEntry {
  eventId: string | null;
  /** `contact:<uuid>`, `slack:<user id>` or `system:<job>`. */
  actor: string;
  action: string;
  subject?: string | null;
  /** Counts and outcomes only: never names, phone numbers, photos or face templates. */
  details?: Record<string, unknown>;
}

/** Appends one audit_log row in the caller's transaction (so the record and the change commit together). */
export async function writeAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.execute(
    `insert into audit_log (id, event_id, actor, action, subject, details, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, now())`,
    [entry.eventId, entry.actor, entry.action, entry.subject ?? null, JSON.stringify(entry.details ?? {})],
  );
}

export const contactActor = (contactId: string) => `contact:${contactId}`;
