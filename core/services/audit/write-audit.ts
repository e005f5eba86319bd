import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

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
  await kysely(em)
    .insertInto('AuditLog')
    .values({
      id: randomUUID(),
      eventId: entry.eventId,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject ?? null,
      details: entry.details ?? {},
      createdAt: sql`now()`,
    })
    .executeTakeFirst();
}

export const contactActor = (contactId: string) => `contact:${contactId}`;
