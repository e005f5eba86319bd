import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { EventInfo } from '../events/load-event.js';
import { updateNotice } from './meeting-messages.js';
import { formatSlot } from './meeting-slots.js';
import { firstName, loadMeeting, lockEventMeetings, type MeetingRow } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

export type CancelOutcome =
  | { outcome: 'cancelled'; meeting: MeetingRow; outboxIds: string[] }
  | { outcome: 'closed'; meeting: MeetingRow }
  | { outcome: 'not_found' };

/**
 * Either side cancels a pending or accepted meeting that has not ended: the time and the table are freed
 * (holds removed) and the other person is told, in one transaction.
 */
export async function cancelMeeting(
  tx: EntityManager,
  input: { event: EventInfo; meetingId: string; attendeeId: string; now: Date; templates: MeetingTemplates },
): Promise<CancelOutcome> {
  await lockEventMeetings(tx, input.event.id);
  const meeting = await loadMeeting(tx, input.meetingId, { forUpdate: true });
  const mine =
    meeting && (meeting.requester_id === input.attendeeId || meeting.invitee_id === input.attendeeId);
  if (!meeting || !mine || meeting.event_id !== input.event.id) return { outcome: 'not_found' };
  if (!['pending', 'accepted'].includes(meeting.status) || meeting.ends_at <= input.now)
    return { outcome: 'closed', meeting };
  await tx.execute(
    `update meetings set status = 'cancelled', closed_by = ?, updated_at = now() where id = ?`,
    [input.attendeeId, meeting.id],
  );
  await tx.execute('delete from meeting_holds where meeting_id = ?', [meeting.id]);
  const iAmRequester = meeting.requester_id === input.attendeeId;
  const other = iAmRequester ? meeting.invitee_id : meeting.requester_id;
  const me = iAmRequester ? meeting.requester_name : meeting.invitee_name;
  const when = formatSlot({ startsAt: meeting.starts_at, endsAt: meeting.ends_at }, input.event.timezone);
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: other,
    now: input.now,
    intent: 'meeting_cancelled',
    notice: updateNotice(
      input.templates,
      `${firstName(me)} cancelled ${meeting.status === 'pending' ? 'the meeting request' : 'your meeting'} for ${when}${meeting.location ? ` at ${meeting.location}` : ''}. Sorry! Shall I suggest other people?`,
      [{ id: 'intent:find_matches', title: 'Find others' }],
    ),
  });
  return { outcome: 'cancelled', meeting, outboxIds: outboxId ? [outboxId] : [] };
}
