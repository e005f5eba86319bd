import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Deletes every selfie check-in record whose retention has passed (consent answer and face template) and
 * writes one audit row per event with the count — in one statement, so a crash cannot delete without the
 * audit or audit without the delete, and two runs at once cannot count a row twice.
 */
export async function expireFaceData(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<{ rows: string }[]>(
    `with gone as (
       delete from facial_recognition_data where expires_at <= ? returning event_id
     ), per_event as (
       select event_id, count(*) as n from gone group by event_id
     ), audited as (
       insert into audit_log (id, event_id, actor, action, subject, details, created_at)
       select gen_random_uuid(), event_id, 'system:face-data-expiry', 'face.expired', null,
              jsonb_build_object('rows', n), now()
         from per_event
     )
     select coalesce(sum(n), 0) as rows from per_event`,
    [now],
  );
  return Number(rows[0]?.rows ?? 0);
}
