import type { EntityManager } from '@mikro-orm/postgresql';

/** Work whose queue job was lost (Redis down when it was produced, a killed worker): the sweeper re-enqueues it. */
export async function findStrandedWork(
  em: EntityManager,
  options: { olderThanSeconds: number; limit: number },
): Promise<{ inboundIds: string[]; outboxIds: string[] }> {
  const inbound = await em.execute<{ id: string }[]>(
    `select id from messages where direction = 'in' and handled_at is null
        and created_at < now() - make_interval(secs => ?) order by created_at limit ?`,
    [options.olderThanSeconds, options.limit],
  );
  const outbox = await em.execute<{ id: string }[]>(
    `select id from outbox where (status = 'pending' and available_at < now() - make_interval(secs => ?))
        or (status = 'sending' and lease_until < now()) order by created_at limit ?`,
    [options.olderThanSeconds, options.limit],
  );
  return { inboundIds: inbound.map((r) => r.id), outboxIds: outbox.map((r) => r.id) };
}
