import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { writeAudit } from '../audit/write-audit.js';

/**
 * Deletes every selfie check-in record whose retention has passed (consent answer and face template) and
 * writes one audit row per event with the count — in one transaction, so a crash cannot delete without the
 * audit or audit without the delete, and two runs at once cannot count a row twice (the second run's delete
 * waits for the first and then finds those rows gone).
 */
export async function expireFaceData(em: EntityManager, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const gone = await kysely(tx)
      .deleteFrom('FacialRecognitionData')
      .where('expiresAt', '<=', now)
      .returning('event')
      .execute();
    const perEvent = new Map<string, number>();
    for (const { event } of gone) perEvent.set(event, (perEvent.get(event) ?? 0) + 1);
    for (const [eventId, rows] of perEvent) {
      await writeAudit(tx, {
        eventId,
        actor: 'system:face-data-expiry',
        action: 'face.expired',
        details: { rows },
      });
    }
    return gone.length;
  });
}
