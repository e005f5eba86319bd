import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export type ActivityKind = 'booth_visit' | 'demo_request' | 'share_details' | 'session_attended';

/** Records what someone did towards a sponsor, in the message's transaction. */
export async function recordActivity(
  em: EntityManager,
  a: { sponsorId: string; contactId: string; kind: ActivityKind; at: Date },
): Promise<void> {
  await em.execute(
    'insert into sponsor_activities (id, sponsor_id, contact_id, kind, created_at) values (?, ?, ?, ?, ?)',
    [randomUUID(), a.sponsorId, a.contactId, a.kind, a.at],
  );
}
