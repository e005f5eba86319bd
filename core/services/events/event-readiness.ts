import type { EntityManager } from '@mikro-orm/postgresql';
import { Sponsor } from '../../../db/entities/sponsor.entity.js';
import { kysely } from '../../../db/kysely.js';
import { listEvents } from './list-events.js';

export interface EventReadiness {
  id: string;
  name: string;
  organizers: number;
  /** Each sponsor's code and Slack channel (null: leads can only go to its WhatsApp). */
  sponsors: { code: string; slackChannel: string | null }[];
}

/** What each imported event has for going live: its organizers and its sponsors' Slack channels. */
export async function eventReadiness(em: EntityManager): Promise<EventReadiness[]> {
  const events = await listEvents(em);
  const counts = await kysely(em)
    .selectFrom('Organizer')
    .select((eb) => ['event', eb.fn.countAll<string>().as('n')])
    .groupBy('event')
    .execute();
  const sponsors = await em.find(
    Sponsor,
    {},
    { fields: ['event', 'code', 'slackChannel'], orderBy: { code: 'asc' } },
  );
  return events.map((e) => ({
    id: e.id,
    name: e.name,
    organizers: Number(counts.find((c) => c.event === e.id)?.n ?? 0),
    sponsors: sponsors
      .filter((s) => s.event.id === e.id)
      .map((s) => ({ code: s.code, slackChannel: s.slackChannel ?? null })),
  }));
}
