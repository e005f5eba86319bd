import type { EntityManager } from '@mikro-orm/postgresql';

export async function setOptOut(em: EntityManager, contactId: string, optedOut: boolean): Promise<void> {
  await em.execute(
    `update contacts set opted_out = ?, opted_out_at = case when ? then now() else null end where id = ?`,
    [optedOut, optedOut, contactId],
  );
}
