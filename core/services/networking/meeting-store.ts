import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../is-uuid.js';
import type { EventInfo } from '../events/load-event.js';
import { type BusyPeriod, type NetworkingSettings, settingsOrDefault } from './meeting-slots.js';

export interface MeetingRow {
  id: string;
  event_id: string;
  requester_id: string;
  invitee_id: string;
  requester_name: string;
  invitee_name: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'cancelled' | 'expired' | 'completed';
  expires_at: Date | null;
  requester_met: boolean | null;
  invitee_met: boolean | null;
}

/**
 * Serialises meeting bookings within one event (a transaction-scoped advisory lock), so "is the slot free?"
 * and "book it" cannot interleave. The exclusion constraints on meeting_holds and meetings remain the
 * guarantee; the lock makes the losers of a race get alternatives instead of a constraint error.
 */
export async function lockEventMeetings(tx: EntityManager, eventId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`meetings:${eventId}`]);
}

export async function loadMeeting(
  tx: EntityManager,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow | null> {
  if (!isUuid(meetingId)) return null;
  const [row] = await tx.execute<MeetingRow[]>(
    `select m.id, m.event_id, m.requester_id, m.invitee_id, r.name as requester_name, i.name as invitee_name,
            m.starts_at, m.ends_at, m.location, m.status, m.expires_at, m.requester_met, m.invitee_met
       from meetings m join attendees r on r.id = m.requester_id join attendees i on i.id = m.invitee_id
      where m.id = ? ${options.forUpdate ? 'for update of m' : ''}`,
    [meetingId],
  );
  return row ? { ...row, starts_at: new Date(row.starts_at), ends_at: new Date(row.ends_at) } : null;
}

/**
 * Everything that still takes time in the event: accepted meetings not yet over and pending requests not yet
 * lapsed (a lapsed one frees its slot even before the timer job marks it expired).
 */
export async function loadBusy(tx: EntityManager, eventId: string, now: Date): Promise<BusyPeriod[]> {
  const rows = await tx.execute<
    {
      id: string;
      starts_at: Date;
      ends_at: Date;
      requester_id: string;
      invitee_id: string;
      location: string | null;
    }[]
  >(
    `select id, starts_at, ends_at, requester_id, invitee_id, location from meetings
      where event_id = ? and ends_at > ?
        and (status = 'accepted' or (status = 'pending' and (expires_at is null or expires_at > ?)))`,
    [eventId, now, now],
  );
  return rows.map((r) => ({
    meetingId: r.id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    attendeeIds: [r.requester_id, r.invitee_id],
    location: r.location,
  }));
}

export async function loadNetworkingSettings(
  tx: EntityManager,
  event: EventInfo,
): Promise<NetworkingSettings> {
  const [row] = await tx.execute<{ networking: NetworkingSettings | null }[]>(
    'select networking from events where id = ?',
    [event.id],
  );
  return settingsOrDefault(row?.networking ?? null, event);
}

export const firstName = (name: string) => name.split(/\s+/)[0] ?? name;
