import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * True while an earlier message from the same sender is still waiting to be handled (a voice note being
 * transcribed, a job not yet picked up): the later one waits, so replies follow the order people wrote in.
 * Only recent messages count, so one stuck message cannot hold back everything after it.
 */
export async function hasEarlierUnhandled(
  em: EntityManager,
  messageId: string,
  windowSeconds = 30,
): Promise<boolean> {
  const [row] = await em.execute<{ waiting: boolean }[]>(
    `select exists (
       select 1 from messages earlier join messages m on m.id = ?
        where earlier.direction = 'in' and earlier.channel = m.channel and earlier.address = m.address
          and earlier.handled_at is null and earlier.id <> m.id
          and (earlier.created_at, earlier.id) < (m.created_at, m.id)
          and earlier.created_at > now() - make_interval(secs => ?)
     ) as waiting`,
    [messageId, windowSeconds],
  );
  return row?.waiting ?? false;
}
