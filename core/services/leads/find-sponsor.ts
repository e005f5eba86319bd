import type { EntityManager } from '@mikro-orm/postgresql';

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

interface SponsorRow {
  id: string;
  event_id: string;
  timezone: string;
  code: string;
  name: string;
  industry: string;
  booth: string;
  targets: { roles?: string[]; interests?: string[] } | null;
  slack_channel: string | null;
  whatsapp: string | null;
}

const SELECT_SPONSORS = `select s.id, s.event_id, e.timezone, s.code, s.name, s.industry, s.booth, s.targets, s.slack_channel,
         s.whatsapp
    from sponsors s join events e on e.id = s.event_id`;

const toInfo = (r: SponsorRow): SponsorInfo => ({
  id: r.id,
  eventId: r.event_id,
  timezone: r.timezone,
  code: r.code,
  name: r.name,
  industry: r.industry,
  booth: r.booth,
  targets: { roles: r.targets?.roles ?? [], interests: r.targets?.interests ?? [] },
  slackChannel: r.slack_channel,
  whatsapp: r.whatsapp,
});

/** A sponsor of the event by its id in the event file (the NLU's `sponsor` slot). */
export async function findSponsor(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<SponsorInfo | null> {
  const [row] = await em.execute<SponsorRow[]>(`${SELECT_SPONSORS} where s.event_id = ? and s.code = ?`, [
    eventId,
    code,
  ]);
  return row ? toInfo(row) : null;
}

export async function listSponsors(em: EntityManager, eventId: string): Promise<SponsorInfo[]> {
  const rows = await em.execute<SponsorRow[]>(`${SELECT_SPONSORS} where s.event_id = ? order by s.name`, [
    eventId,
  ]);
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
  const [row] = await em.execute<SponsorRow[]>(
    `${SELECT_SPONSORS}
      where s.slack_channel = ? order by (e.ends_at < ?) asc, e.starts_at asc limit 1`,
    [channelId, now],
  );
  return row ? toInfo(row) : null;
}

/** Organizers name a sponsor loosely: its id, name or an alias, any case. */
export async function findSponsorByName(
  em: EntityManager,
  eventId: string,
  query: string,
): Promise<SponsorInfo | null> {
  const q = query.trim().toLowerCase();
  const [row] = await em.execute<SponsorRow[]>(
    `${SELECT_SPONSORS}
      where s.event_id = ? and (lower(s.code) = ? or lower(s.name) = ? or ? = any(select lower(a) from unnest(s.aliases) a))
      limit 1`,
    [eventId, q, q, q],
  );
  return row ? toInfo(row) : null;
}
