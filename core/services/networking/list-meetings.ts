import type { EntityManager } from '@mikro-orm/postgresql';

export interface MeetingListItem {
  id: string;
  otherName: string;
  otherRole: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  status: string;
  /** True when this attendee asked for it. */
  mine: boolean;
  met: boolean | null;
}

/** An attendee's meetings: upcoming (pending or accepted, not over) and past ones that took place. */
export async function listMeetings(
  em: EntityManager,
  input: { attendeeId: string; now: Date; otherId?: string },
): Promise<{ upcoming: MeetingListItem[]; past: MeetingListItem[] }> {
  const rows = await em.execute<
    {
      id: string;
      other_name: string;
      other_role: string;
      starts_at: Date;
      ends_at: Date;
      location: string | null;
      status: string;
      mine: boolean;
      met: boolean | null;
    }[]
  >(
    `select m.id, o.name as other_name, concat_ws(', ', nullif(o.role, ''), nullif(o.company, '')) as other_role,
            m.starts_at, m.ends_at, m.location, m.status, m.requester_id = ? as mine,
            case when m.requester_id = ? then m.requester_met else m.invitee_met end as met
       from meetings m
       join attendees o on o.id = case when m.requester_id = ? then m.invitee_id else m.requester_id end
      where (m.requester_id = ? or m.invitee_id = ?)
        and (m.status in ('pending', 'accepted', 'completed'))
        ${input.otherId ? 'and o.id = ?' : ''}
      order by m.starts_at
      limit 50`,
    [
      input.attendeeId,
      input.attendeeId,
      input.attendeeId,
      input.attendeeId,
      input.attendeeId,
      ...(input.otherId ? [input.otherId] : []),
    ],
  );
  const items = rows.map((r) => ({
    id: r.id,
    otherName: r.other_name,
    otherRole: r.other_role,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    location: r.location,
    status: r.status,
    mine: r.mine,
    met: r.met,
  }));
  return {
    upcoming: items.filter((m) => m.endsAt > input.now && m.status !== 'completed'),
    past: items.filter((m) => m.endsAt <= input.now && m.status !== 'pending').reverse(),
  };
}
