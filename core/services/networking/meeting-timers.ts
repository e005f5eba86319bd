import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Meeting } from '../../../db/entities/meeting.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { MeetingTemplates } from '../../meeting-templates.js';
import { didYouMeetNotice, lapsedNotice, reminderNotice, requestLapsedNotice } from './meeting-messages.js';
import { firstName } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

/** Reminders go this long before a meeting starts. */
export const REMINDER_LEAD_MS = 10 * 60 * 1000;
/** A reminder job that runs a little early (clock skew, a promoted job) still counts as on time. */
const EARLY_SLACK_MS = 30 * 1000;

/** A meeting whose timer fired, with what the messages need: both people, the event's zone. */
function loadDue(tx: EntityManager, meetingId: string) {
  return kysely(tx)
    .selectFrom('Meeting as m')
    .innerJoin('Event as e', 'e.id', 'm.event')
    .innerJoin('Attendee as r', 'r.id', 'm.requester')
    .innerJoin('Attendee as i', 'i.id', 'm.invitee')
    .select([
      'm.id',
      'm.event as eventId',
      'e.timezone',
      'm.requester as requesterId',
      'm.invitee as inviteeId',
      'r.name as requesterName',
      'i.name as inviteeName',
      'r.role as requesterRole',
      'i.role as inviteeRole',
      'm.startsAt',
      'm.endsAt',
      'm.location',
    ])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
}

interface TimerInput {
  meetingId: string;
  now: Date;
  templates: MeetingTemplates;
}

/**
 * Sends the 10-minute reminder to both people, at most once: `reminded_at` is set by a guarded update in
 * the same transaction that writes the two outbox rows, so a job that runs twice (a retry, a restarted
 * worker, the sweep) finds nothing to do. Returns the outbox ids to deliver ([] when not due or done).
 */
export async function remindMeeting(em: EntityManager, input: TimerInput): Promise<string[]> {
  return em.transactional(async (tx) => {
    const claimed = await kysely(tx)
      .updateTable('Meeting')
      .set({ remindedAt: input.now, updatedAt: new Date() })
      .where('id', '=', input.meetingId)
      .where('status', '=', 'accepted')
      .where('remindedAt', 'is', null)
      .where('startsAt', '<=', new Date(input.now.getTime() + REMINDER_LEAD_MS + EARLY_SLACK_MS))
      .where('endsAt', '>', input.now)
      .returning('id')
      .executeTakeFirst();
    const m = claimed && (await loadDue(tx, claimed.id));
    if (!m) return [];
    const slot = { startsAt: m.startsAt, endsAt: m.endsAt, zone: m.timezone };
    const ids: string[] = [];
    for (const [me, other, otherRole, myName] of [
      [m.requesterId, m.inviteeName, m.inviteeRole, m.requesterName],
      [m.inviteeId, m.requesterName, m.requesterRole, m.inviteeName],
    ] as const) {
      const id = await notifyAttendee(tx, {
        eventId: m.eventId,
        attendeeId: me,
        now: input.now,
        intent: 'meeting_reminder',
        notice: reminderNotice(input.templates, {
          name: myName,
          other,
          otherRole,
          location: m.location ?? null,
          slot,
        }),
      });
      if (id) ids.push(id);
    }
    return ids;
  });
}

/**
 * After the slot: marks the meeting completed and asks both people "Did you meet …?" (Yes / No), once
 * (guarded by `follow_up_at`, set with the outbox rows).
 */
export async function askDidYouMeet(em: EntityManager, input: TimerInput): Promise<string[]> {
  return em.transactional(async (tx) => {
    const claimed = await kysely(tx)
      .updateTable('Meeting')
      .set({ followUpAt: input.now, status: 'completed', updatedAt: new Date() })
      .where('id', '=', input.meetingId)
      .where('status', '=', 'accepted')
      .where('followUpAt', 'is', null)
      .where('endsAt', '<=', input.now)
      .returning('id')
      .executeTakeFirst();
    const m = claimed && (await loadDue(tx, claimed.id));
    if (!m) return [];
    await kysely(tx).deleteFrom('MeetingHold').where('meeting', '=', m.id).executeTakeFirst();
    const slot = { startsAt: m.startsAt, endsAt: m.endsAt, zone: m.timezone };
    const ids: string[] = [];
    for (const [me, other] of [
      [m.requesterId, m.inviteeName],
      [m.inviteeId, m.requesterName],
    ] as const) {
      const id = await notifyAttendee(tx, {
        eventId: m.eventId,
        attendeeId: me,
        now: input.now,
        intent: 'meeting_check',
        notice: didYouMeetNotice(input.templates, m.id, other, slot),
      });
      if (id) ids.push(id);
    }
    return ids;
  });
}

/** A request nobody answered lapses: the requester is told and offered other people; the invitee too. */
export async function expireRequest(em: EntityManager, input: TimerInput): Promise<string[]> {
  return em.transactional(async (tx) => {
    const claimed = await kysely(tx)
      .updateTable('Meeting')
      .set({ status: 'expired', updatedAt: new Date() })
      .where('id', '=', input.meetingId)
      .where('status', '=', 'pending')
      .where('expiresAt', '<=', input.now)
      .returning('id')
      .executeTakeFirst();
    const m = claimed && (await loadDue(tx, claimed.id));
    if (!m) return [];
    const slot = { startsAt: m.startsAt, endsAt: m.endsAt, zone: m.timezone };
    const ids = [
      await notifyAttendee(tx, {
        eventId: m.eventId,
        attendeeId: m.requesterId,
        now: input.now,
        intent: 'meeting_lapsed',
        notice: lapsedNotice(input.templates, firstName(m.inviteeName), slot),
      }),
      await notifyAttendee(tx, {
        eventId: m.eventId,
        attendeeId: m.inviteeId,
        now: input.now,
        intent: 'meeting_lapsed',
        notice: requestLapsedNotice(input.templates, m.requesterName, slot),
      }),
    ];
    return ids.filter((id): id is string => id !== null);
  });
}

/** Meetings whose timer is due: what the sweep runs when a delayed job was lost. */
export async function dueMeetingTimers(
  em: EntityManager,
  now: Date,
): Promise<{ remind: string[]; ask: string[]; expire: string[] }> {
  const ids = async (where: FilterQuery<Meeting>) =>
    (await em.find(Meeting, where, { fields: ['id'], limit: 200, disableIdentityMap: true })).map(
      (m) => m.id,
    );
  return {
    remind: await ids({
      status: 'accepted',
      remindedAt: null,
      startsAt: { $lte: new Date(now.getTime() + REMINDER_LEAD_MS) },
      endsAt: { $gt: now },
    }),
    ask: await ids({ status: 'accepted', followUpAt: null, endsAt: { $lte: now } }),
    expire: await ids({ status: 'pending', expiresAt: { $lte: now } }),
  };
}
