import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** The person asked about this session (by its code): noted once, for its feedback request later. */
export async function noteSessionInterest(
  em: EntityManager,
  input: { eventId: string; sessionCode: string; contactId: string; now: Date },
): Promise<void> {
  const db = kysely(em);
  await db
    .insertInto('SessionInterest')
    .columns(['id', 'session', 'contact', 'createdAt'])
    .expression((eb) =>
      eb
        .selectFrom('EventSession')
        .select((s) => [
          s.val(randomUUID()).as('id'),
          'id as session',
          s.val(input.contactId).as('contact'),
          s.val(input.now).as('createdAt'),
        ])
        .where('event', '=', input.eventId)
        .where('code', '=', input.sessionCode),
    )
    .onConflict((oc) => oc.columns(['session', 'contact']).doNothing())
    .execute();
}
