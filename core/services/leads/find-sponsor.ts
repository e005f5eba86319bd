import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export interface SponsorInfo {
  id: string;
  eventId: string;
  /** The event's time zone: lead times are shown in it. */
  timezone: string;
  code: string;
  name: string;
  industry: string;
  booth: string;
  targets: { roles: string[]; interests: string[] };
  slackChannel: string | null;
  whatsapp: string | null;
}

/** A sponsor with its event's time zone. */
function selectSponsors(em: EntityManager) {
  return kysely(em)
    .selectFrom('Sponsor as s')
    .innerJoin('Event as e', 'e.id', 's.event')
    .select([
      's.id',
      's.event as eventId',
      'e.timezone',
      's.code',
      's.name',
      's.industry',
      's.booth',
      's.targets',
      's.slackChannel',
      's.whatsapp',
    ]);
}

type SelectedSponsor = Awaited<ReturnType<ReturnType<typeof selectSponsors>['executeTakeFirstOrThrow']>>;

const toInfo = (r: SelectedSponsor): SponsorInfo => ({
  ...r,
  targets: { roles: r.targets?.roles ?? [], interests: r.targets?.interests ?? [] },
  slackChannel: r.slackChannel ?? null,
  whatsapp: r.whatsapp ?? null,
});

/** A sponsor of the event by its id in the event file (the NLU's `sponsor` slot). */
export async function findSponsor(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<SponsorInfo | null> {
  const row = await selectSponsors(em)
    .where('s.event', '=', eventId)
    .where('s.code', '=', code)
    .executeTakeFirst();
  return row ? toInfo(row) : null;
}

export async function listSponsors(em: EntityManager, eventId: string): Promise<SponsorInfo[]> {
  const rows = await selectSponsors(em).where('s.event', '=', eventId).orderBy('s.name').execute();
  return rows.map(toInfo);
}

/**
 * The sponsor whose Slack channel this is — how a sponsor is identified for `/leads`, never by what they type.
 * A channel reused across events means the current one: events not over first, the soonest first.
 */
export async function findSponsorByChannel(
  em: EntityManager,
  channelId: string,
  now: Date,
): Promise<SponsorInfo | null> {
  const row = await selectSponsors(em)
    .where('s.slackChannel', '=', channelId)
    .orderBy((eb) => eb('e.endsAt', '<', now))
    .orderBy('e.startsAt')
    .limit(1)
    .executeTakeFirst();
  return row ? toInfo(row) : null;
}

/** Organizers name a sponsor loosely: its id, name or an alias, any case. */
export async function findSponsorByName(
  em: EntityManager,
  eventId: string,
  query: string,
): Promise<SponsorInfo | null> {
  const q = query.trim().toLowerCase();
  const row = await selectSponsors(em)
    .where('s.event', '=', eventId)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['s.code']), '=', q),
        eb(eb.fn('lower', ['s.name']), '=', q),
        sql<boolean>`${q} = any(select lower(a) from unnest(${eb.ref('s.aliases')}) a)`,
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row ? toInfo(row) : null;
}
