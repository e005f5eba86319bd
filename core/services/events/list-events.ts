import type { EntityManager } from '@mikro-orm/postgresql';
import { Event } from '../../../db/entities/event.entity.js';

export type EventListing = Pick<Event, 'id' | 'name' | 'timezone' | 'startsAt' | 'endsAt'>;

/** Every event, soonest first (the console's picker, the per-event job schedules). */
export async function listEvents(em: EntityManager): Promise<EventListing[]> {
  return em.find(
    Event,
    {},
    { fields: ['id', 'name', 'timezone', 'startsAt', 'endsAt'], orderBy: { startsAt: 'asc' } },
  );
}
