import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { EventInfo } from '../events/load-event.js';
import { cancelledNotice } from './meeting-messages.js';
import { firstName, loadMeeting, lockEventMeetings, type MeetingSummary } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

export type CancelOutcome =
  | { outcome: 'cancelled'; meeting: MeetingSummary; outboxIds: string[] }
  | { outcome: 'closed'; meeting: MeetingSummary }
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
    meeting && (meeting.requesterId === input.attendeeId || meeting.inviteeId === input.attendeeId);
  if (!meeting || !mine || meeting.eventId !== input.event.id) return { outcome: 'not_found' };
  if (!['pending', 'accepted'].includes(meeting.status) || meeting.endsAt <= input.now)
    return { outcome: 'closed', meeting };
  await kysely(tx)
    .updateTable('Meeting')
    .set({ status: 'cancelled', closedBy: input.attendeeId, updatedAt: new Date() })
    .where('id', '=', meeting.id)
    .executeTakeFirst();
  await kysely(tx).deleteFrom('MeetingHold').where('meeting', '=', meeting.id).executeTakeFirst();
  const iAmRequester = meeting.requesterId === input.attendeeId;
  const other = iAmRequester ? meeting.inviteeId : meeting.requesterId;
  const me = iAmRequester ? meeting.requesterName : meeting.inviteeName;
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: other,
    now: input.now,
    intent: 'meeting_cancelled',
    notice: cancelledNotice(input.templates, {
      first: firstName(me),
      pending: meeting.status === 'pending',
      slot: { startsAt: meeting.startsAt, endsAt: meeting.endsAt, zone: input.event.timezone },
      location: meeting.location ?? null,
    }),
  });
  return { outcome: 'cancelled', meeting, outboxIds: outboxId ? [outboxId] : [] };
}
