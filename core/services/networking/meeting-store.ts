import type { EntityManager } from '@mikro-orm/postgresql';
import { Event, type NetworkingSettings } from '../../../db/entities/event.entity.js';
import { Meeting } from '../../../db/entities/meeting.entity.js';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';
import type { EventInfo } from '../events/load-event.js';
import { type BusyPeriod, settingsOrDefault } from './meeting-slots.js';

/** A meeting request (or meeting) with both people's names. */
export interface MeetingSummary {
  id: string;
  eventId: string;
  requesterId: string;
  inviteeId: string;
  requesterName: string;
  inviteeName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  status: Meeting['status'];
  expiresAt: Date | null;
  requesterMet: boolean | null;
  inviteeMet: boolean | null;
}

/**
 * Serialises meeting bookings within one event (a transaction-scoped advisory lock), so "is the slot free?"
 * and "book it" cannot interleave. The exclusion constraints on meeting_holds and meetings remain the
 * guarantee; the lock makes the losers of a race get alternatives instead of a constraint error.
 */
export async function lockEventMeetings(tx: EntityManager, eventId: string): Promise<void> {
  await kysely(tx)
    .selectNoFrom((eb) =>
      eb.fn('pg_advisory_xact_lock', [eb.fn('hashtext', [eb.val(`meetings:${eventId}`)])]).as('locked'),
    )
    .executeTakeFirst();
}

export async function loadMeeting(
  tx: EntityManager,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingSummary | null> {
  if (!isUuid(meetingId)) return null;
  const query = kysely(tx)
    .selectFrom('Meeting as m')
    .innerJoin('Attendee as r', 'r.id', 'm.requester')
    .innerJoin('Attendee as i', 'i.id', 'm.invitee')
    .select([
      'm.id',
      'm.event as eventId',
      'm.requester as requesterId',
      'm.invitee as inviteeId',
      'r.name as requesterName',
      'i.name as inviteeName',
      'm.startsAt',
      'm.endsAt',
      'm.location',
      'm.status',
      'm.expiresAt',
      'm.requesterMet',
      'm.inviteeMet',
    ])
    .where('m.id', '=', meetingId);
  const row = await (options.forUpdate ? query.forUpdate('m') : query).executeTakeFirst();
  if (!row) return null;
  return {
    ...row,
    location: row.location ?? null,
    expiresAt: row.expiresAt ?? null,
    requesterMet: row.requesterMet ?? null,
    inviteeMet: row.inviteeMet ?? null,
  };
}

/**
 * Everything that still takes time in the event: accepted meetings not yet over and pending requests not yet
 * lapsed (a lapsed one frees its slot even before the timer job marks it expired).
 */
export async function loadBusy(tx: EntityManager, eventId: string, now: Date): Promise<BusyPeriod[]> {
  const meetings = await tx.find(
    Meeting,
    {
      event: eventId,
      endsAt: { $gt: now },
      $or: [
        { status: 'accepted' },
        { status: 'pending', $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
      ],
    },
    { fields: ['startsAt', 'endsAt', 'requester', 'invitee', 'location'], disableIdentityMap: true },
  );
  return meetings.map((m) => ({
    meetingId: m.id,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    attendeeIds: [m.requester.id, m.invitee.id],
    location: m.location ?? null,
  }));
}

export async function loadNetworkingSettings(
  tx: EntityManager,
  event: EventInfo,
): Promise<NetworkingSettings> {
  const row = await tx.findOne(Event, event.id, { fields: ['networking'], disableIdentityMap: true });
  return settingsOrDefault(row?.networking ?? null, event);
}

export const firstName = (name: string) => name.split(/\s+/)[0] ?? name;
