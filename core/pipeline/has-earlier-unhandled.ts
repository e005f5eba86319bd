import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';

/**
 * True while an earlier message from the same sender is still waiting to be handled (a voice note being
 * transcribed, a job not yet picked up): the later one waits, so replies follow the order people wrote in.
 * Only recent messages count, and none whose handling already failed once (it is being retried, and may be
 * poison), so one stuck message cannot hold back everything after it.
 */
export async function hasEarlierUnhandled(
  em: EntityManager,
  messageId: string,
  windowSeconds = 30,
): Promise<boolean> {
  const earlier = await kysely(em)
    .selectFrom('Message as earlier')
    .innerJoin('Message as m', (join) => join.on('m.id', '=', messageId))
    .select('earlier.id')
    .where('earlier.direction', '=', 'in')
    .whereRef('earlier.channel', '=', 'm.channel')
    .whereRef('earlier.address', '=', 'm.address')
    .where('earlier.handledAt', 'is', null)
    .where('earlier.errorCode', 'is', null)
    .whereRef('earlier.id', '<>', 'm.id')
    .where((eb) =>
      eb(eb.refTuple('earlier.createdAt', 'earlier.id'), '<', eb.refTuple('m.createdAt', 'm.id')),
    )
    .where('earlier.createdAt', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`)
    .limit(1)
    .executeTakeFirst();
  return earlier !== undefined;
}
