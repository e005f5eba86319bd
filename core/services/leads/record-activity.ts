import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SponsorActivity } from '../../../db/entities/sponsor-activity.entity.js';

export type ActivityKind = SponsorActivity['kind'];

/** Records what someone did towards a sponsor, in the message's transaction. */
export async function recordActivity(
  em: EntityManager,
  a: { sponsorId: string; contactId: string; kind: ActivityKind; at: Date },
): Promise<void> {
  await em.insert(SponsorActivity, {
    id: randomUUID(),
    sponsor: a.sponsorId,
    contact: a.contactId,
    kind: a.kind,
    createdAt: a.at,
  });
}
