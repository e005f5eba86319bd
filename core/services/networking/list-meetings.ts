import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Meeting } from '../../../db/entities/meeting.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface MeetingListItem {
  id: string;
  otherName: string;
  otherRole: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  status: Meeting['status'];
  /** True when this attendee asked for it. */
  mine: boolean;
  met: boolean | null;
}

/** An attendee's meetings: upcoming (pending or accepted, not over) and past ones that took place. */
export async function listMeetings(
  em: EntityManager,
  input: { attendeeId: string; now: Date; otherId?: string },
): Promise<{ upcoming: MeetingListItem[]; past: MeetingListItem[] }> {
  const me = input.attendeeId;
  let query = kysely(em)
    .selectFrom('Meeting as m')
    .innerJoin('Attendee as o', (join) =>
      join.on((eb) =>
        eb(
          'o.id',
          '=',
          eb.case().when('m.requester', '=', me).then(eb.ref('m.invitee')).else(eb.ref('m.requester')).end(),
        ),
      ),
    )
    .select((eb) => [
      'm.id',
      'o.name as otherName',
      sql<string>`concat_ws(', ', nullif(${eb.ref('o.role')}, ''), nullif(${eb.ref('o.company')}, ''))`.as(
        'otherRole',
      ),
      'm.startsAt',
      'm.endsAt',
      'm.location',
      'm.status',
      'm.requester as requesterId',
      'm.requesterMet',
      'm.inviteeMet',
    ])
    .where((eb) => eb.or([eb('m.requester', '=', me), eb('m.invitee', '=', me)]))
    .where('m.status', 'in', ['pending', 'accepted', 'completed']);
  if (input.otherId) query = query.where('o.id', '=', input.otherId);
  const rows = await query.orderBy('m.startsAt').limit(50).execute();
  const items = rows.map(({ requesterId, requesterMet, inviteeMet, ...r }) => ({
    ...r,
    location: r.location ?? null,
    mine: requesterId === me,
    met: (requesterId === me ? requesterMet : inviteeMet) ?? null,
  }));
  return {
    upcoming: items.filter((m) => m.endsAt > input.now && m.status !== 'completed'),
    past: items.filter((m) => m.endsAt <= input.now && m.status !== 'pending').reverse(),
  };
}
