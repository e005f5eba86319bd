import type { EntityManager } from '@mikro-orm/postgresql';
import { loadMeeting, type MeetingRow } from './meeting-store.js';

export type MetOutcome =
  | { outcome: 'recorded'; meeting: MeetingRow; otherName: string; met: boolean; bothConfirmed: boolean }
  | { outcome: 'too_early'; meeting: MeetingRow }
  | { outcome: 'not_found' };

/**
 * One side's answer to "Did you meet …?". Both saying yes records that they met (matches → met both ways, so
 * neither is suggested to the other again). A "no" records the other person as a no-show (their match from
 * the answerer → no_show); `findMatches` ranks people with reported no-shows lower.
 */
export async function recordMet(
  tx: EntityManager,
  input: { meetingId: string; attendeeId: string; met: boolean; now: Date },
): Promise<MetOutcome> {
  const meeting = await loadMeeting(tx, input.meetingId, { forUpdate: true });
  if (!meeting) return { outcome: 'not_found' };
  const side =
    meeting.requester_id === input.attendeeId
      ? 'requester'
      : meeting.invitee_id === input.attendeeId
        ? 'invitee'
        : null;
  if (!side || !['accepted', 'completed'].includes(meeting.status)) return { outcome: 'not_found' };
  if (meeting.starts_at > input.now) return { outcome: 'too_early', meeting };
  const [row] = await tx.execute<{ requester_met: boolean | null; invitee_met: boolean | null }[]>(
    `update meetings set ${side}_met = ?, updated_at = now() where id = ? returning requester_met, invitee_met`,
    [input.met, meeting.id],
  );
  const other = side === 'requester' ? meeting.invitee_id : meeting.requester_id;
  const bothConfirmed = row?.requester_met === true && row?.invitee_met === true;
  const setMatch = (from: string, to: string, status: 'met' | 'no_show') =>
    tx.execute(
      `insert into matches (id, event_id, attendee_id, suggested_id, score, reason, status, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, 0, 'met at the event', ?, now(), now())
       on conflict (attendee_id, suggested_id) do update set status = excluded.status, updated_at = now()`,
      [meeting.event_id, from, to, status],
    );
  if (bothConfirmed) {
    await setMatch(meeting.requester_id, meeting.invitee_id, 'met');
    await setMatch(meeting.invitee_id, meeting.requester_id, 'met');
  } else if (!input.met) {
    await setMatch(input.attendeeId, other, 'no_show');
  }
  return {
    outcome: 'recorded',
    meeting,
    otherName: side === 'requester' ? meeting.invitee_name : meeting.requester_name,
    met: input.met,
    bothConfirmed,
  };
}
