import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { CsatSource } from '../../../db/entities/csat-request.entity.js';
import { kysely } from '../../../db/kysely.js';

/** CSAT for one source (bot or human) on one day of the event's zone. */
export interface CsatDay {
  day: string;
  source: CsatSource;
  asked: number;
  answered: number;
  up: number;
}

/** `/eventos csat`: asked, answered and 👍 per day (the event's zone) and source, oldest day first. */
export async function summariseCsat(em: EntityManager, eventId: string): Promise<CsatDay[]> {
  const day = sql<string>`to_char(r.asked_at at time zone e.timezone, 'YYYY-MM-DD')`;
  const rows = await kysely(em)
    .selectFrom('CsatRequest as r')
    .innerJoin('Conversation as c', 'c.id', 'r.conversation')
    .innerJoin('Event as e', 'e.id', 'c.event')
    .select((eb) => [
      day.as('day'),
      'r.source',
      eb.fn.countAll<string>().as('asked'),
      eb.fn.count<string>('r.rating').as('answered'),
      eb.fn.countAll<string>().filterWhere('r.rating', '=', 1).as('up'),
    ])
    .where('c.event', '=', eventId)
    .groupBy([day, 'r.source'])
    .orderBy(day)
    .orderBy('r.source')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    source: r.source,
    asked: Number(r.asked),
    answered: Number(r.answered),
    up: Number(r.up),
  }));
}
