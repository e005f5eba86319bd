import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeetingTemplates } from '../../meeting-templates.js';
import { didYouMeetNotice, lapsedNotice, reminderNotice, updateNotice } from './meeting-messages.js';
import { formatSlot } from './meeting-slots.js';
import { firstName } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

/** Reminders go this long before a meeting starts. */
export const REMINDER_LEAD_MS = 10 * 60 * 1000;
/** A reminder job that runs a little early (clock skew, a promoted job) still counts as on time. */
const EARLY_SLACK_MS = 30 * 1000;

interface Due {
  id: string;
  event_id: string;
  timezone: string;
  requester_id: string;
  invitee_id: string;
  requester_name: string;
  invitee_name: string;
  requester_role: string;
  invitee_role: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
}

const DUE_COLUMNS = `m.id, m.event_id, e.timezone, m.requester_id, m.invitee_id, r.name as requester_name,
  i.name as invitee_name, r.role as requester_role, i.role as invitee_role, m.starts_at, m.ends_at, m.location`;
const DUE_JOINS = `join events e on e.id = m.event_id join attendees r on r.id = m.requester_id
  join attendees i on i.id = m.invitee_id`;

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
    const [m] = await tx.execute<Due[]>(
      `with due as (
         update meetings set reminded_at = ?, updated_at = now()
          where id = ? and status = 'accepted' and reminded_at is null
            and starts_at <= ? and ends_at > ?
          returning *)
       select ${DUE_COLUMNS} from due m ${DUE_JOINS}`,
      [
        input.now,
        input.meetingId,
        new Date(input.now.getTime() + REMINDER_LEAD_MS + EARLY_SLACK_MS),
        input.now,
      ],
    );
    if (!m) return [];
    const slot = formatSlot({ startsAt: new Date(m.starts_at), endsAt: new Date(m.ends_at) }, m.timezone);
    const ids: string[] = [];
    for (const [me, other, otherRole, myName] of [
      [m.requester_id, m.invitee_name, m.invitee_role, m.requester_name],
      [m.invitee_id, m.requester_name, m.requester_role, m.invitee_name],
    ] as const) {
      const id = await notifyAttendee(tx, {
        eventId: m.event_id,
        attendeeId: me,
        now: input.now,
        intent: 'meeting_reminder',
        notice: reminderNotice(input.templates, {
          name: myName,
          other,
          otherRole,
          location: m.location ?? 'the meeting point',
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
    const [m] = await tx.execute<Due[]>(
      `with due as (
         update meetings set follow_up_at = ?, status = 'completed', updated_at = now()
          where id = ? and status = 'accepted' and follow_up_at is null and ends_at <= ?
          returning *)
       select ${DUE_COLUMNS} from due m ${DUE_JOINS}`,
      [input.now, input.meetingId, input.now],
    );
    if (!m) return [];
    await tx.execute('delete from meeting_holds where meeting_id = ?', [m.id]);
    const slot = formatSlot({ startsAt: new Date(m.starts_at), endsAt: new Date(m.ends_at) }, m.timezone);
    const ids: string[] = [];
    for (const [me, other] of [
      [m.requester_id, m.invitee_name],
      [m.invitee_id, m.requester_name],
    ] as const) {
      const id = await notifyAttendee(tx, {
        eventId: m.event_id,
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
    const [m] = await tx.execute<Due[]>(
      `with due as (
         update meetings set status = 'expired', updated_at = now()
          where id = ? and status = 'pending' and expires_at <= ?
          returning *)
       select ${DUE_COLUMNS} from due m ${DUE_JOINS}`,
      [input.meetingId, input.now],
    );
    if (!m) return [];
    const slot = formatSlot({ startsAt: new Date(m.starts_at), endsAt: new Date(m.ends_at) }, m.timezone);
    const ids = [
      await notifyAttendee(tx, {
        eventId: m.event_id,
        attendeeId: m.requester_id,
        now: input.now,
        intent: 'meeting_lapsed',
        notice: lapsedNotice(input.templates, firstName(m.invitee_name), slot),
      }),
      await notifyAttendee(tx, {
        eventId: m.event_id,
        attendeeId: m.invitee_id,
        now: input.now,
        intent: 'meeting_lapsed',
        notice: updateNotice(
          input.templates,
          `${m.requester_name}'s meeting request for ${slot} lapsed without an answer. You can still ask to meet them: say "meet ${firstName(m.requester_name)}".`,
        ),
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
  const ids = async (where: string, params: unknown[]) =>
    (await em.execute<{ id: string }[]>(`select id from meetings where ${where} limit 200`, params)).map(
      (r) => r.id,
    );
  return {
    remind: await ids(`status = 'accepted' and reminded_at is null and starts_at <= ? and ends_at > ?`, [
      new Date(now.getTime() + REMINDER_LEAD_MS),
      now,
    ]),
    ask: await ids(`status = 'accepted' and follow_up_at is null and ends_at <= ?`, [now]),
    expire: await ids(`status = 'pending' and expires_at <= ?`, [now]),
  };
}
