import { sql } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Message } from '../../../db/entities/message.entity.js';
import { Outbox } from '../../../db/entities/outbox.entity.js';

/** Work whose queue job was lost (Redis down when it was produced, a killed worker): the sweeper re-enqueues it. */
export async function findStrandedWork(
  em: EntityManager,
  options: { olderThanSeconds: number; limit: number },
): Promise<{ inboundIds: string[]; outboxIds: string[] }> {
  // The database's clock, not ours: leases and creation times were written with it.
  const cutoff = () => sql`now() - make_interval(secs => ${options.olderThanSeconds})`;
  const inbound = await em.find(
    Message,
    // A bounded recent window: rows older than a day are failed or abandoned work, not a lost job, and a
    // backlog of them must not fill every sweep's page ahead of newer rows.
    { direction: 'in', handledAt: null, createdAt: { $lt: cutoff(), $gt: sql`now() - interval '1 day'` } },
    { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: options.limit },
  );
  const outbox = await em.find(
    Outbox,
    {
      $or: [
        { status: 'pending', availableAt: { $lt: cutoff() } },
        { status: 'sending', leaseUntil: { $lt: sql`now()` } },
      ],
    },
    { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: options.limit },
  );
  return { inboundIds: inbound.map((m) => m.id), outboxIds: outbox.map((o) => o.id) };
}
