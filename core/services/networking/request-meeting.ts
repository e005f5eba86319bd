import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { EventInfo } from '../events/load-event.js';
import { invitationNotice } from './meeting-messages.js';
import { formatSlot, isFree, nearestFreeSlots, requestedSlot, type Slot } from './meeting-slots.js';
import { loadBusy, loadNetworkingSettings, lockEventMeetings } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

/** An unanswered request lapses after this long (or when its slot starts, if sooner). */
export const PENDING_REQUEST_MS = 4 * 60 * 60 * 1000;

export interface RequestInput {
  event: EventInfo;
  requesterId: string;
  inviteeId: string;
  /** "HH:MM" and maybe "YYYY-MM-DD" in the event's zone, as the NLU reads them… */
  time?: string;
  date?: string;
  /** …or an exact slot start picked from proposed slots. */
  at?: Date;
  reason?: string;
  now: Date;
  templates: MeetingTemplates;
}

export interface Invitee {
  id: string;
  name: string;
}

export type RequestOutcome =
  | {
      outcome: 'requested';
      meetingId: string;
      slot: Slot;
      invitee: Invitee;
      expiresAt: Date;
      outboxIds: string[];
    }
  /** No time given, the time is outside networking hours or past, or someone is busy: free slots to pick. */
  | { outcome: 'choose_time' | 'outside_hours' | 'past' | 'busy'; invitee: Invitee; alternatives: Slot[] }
  | { outcome: 'already_pending'; invitee: Invitee; slot: Slot }
  | { outcome: 'not_found' | 'self' };

/**
 * Asks someone for a 1:1 meeting: resolves the slot in the event's zone and networking hours, checks that
 * both people are free and a table is left (under the event's meeting lock), writes the pending request and
 * the invitation (Accept / Decline / Suggest another time) in the caller's transaction. When the slot does
 * not work, returns the nearest free slots instead. Hidden profiles are reported as not found.
 */
export async function requestMeeting(tx: EntityManager, input: RequestInput): Promise<RequestOutcome> {
  await lockEventMeetings(tx, input.event.id);
  const [invitee] = await tx.execute<{ id: string; name: string; hidden: boolean }[]>(
    `select a.id, a.name, coalesce(np.visibility = 'hidden', false) as hidden
       from attendees a left join networking_preferences np on np.attendee_id = a.id
      where a.id = ? and a.event_id = ?`,
    [input.inviteeId, input.event.id],
  );
  if (!invitee || invitee.hidden) return { outcome: 'not_found' };
  if (invitee.id === input.requesterId) return { outcome: 'self' };
  const who = { id: invitee.id, name: invitee.name };
  const [open] = await tx.execute<{ starts_at: Date; ends_at: Date }[]>(
    `select starts_at, ends_at from meetings where status = 'pending'
        and least(requester_id, invitee_id) = least(?::uuid, ?::uuid)
        and greatest(requester_id, invitee_id) = greatest(?::uuid, ?::uuid)`,
    [input.requesterId, invitee.id, input.requesterId, invitee.id],
  );
  if (open) {
    return {
      outcome: 'already_pending',
      invitee: who,
      slot: { startsAt: new Date(open.starts_at), endsAt: new Date(open.ends_at) },
    };
  }

  const settings = await loadNetworkingSettings(tx, input.event);
  const zone = input.event.timezone;
  const busy = await loadBusy(tx, input.event.id, input.now);
  const people = [input.requesterId, invitee.id];
  const alternatives = (around?: Date) =>
    nearestFreeSlots(settings, zone, {
      ...(around ? { around } : {}),
      people,
      busy,
      now: input.now,
      limit: 3,
    });

  let slot: Slot | 'outside_hours' | 'past';
  if (input.at) {
    // A tapped slot button: still checked against the hours, as the payload could be stale or hand-made.
    const local = DateTime.fromJSDate(input.at, { zone });
    slot = requestedSlot(
      settings,
      zone,
      { time: local.toFormat('HH:mm'), date: local.toISODate()! },
      input.now,
    );
  } else if (input.time) {
    slot = requestedSlot(
      settings,
      zone,
      { time: input.time, ...(input.date ? { date: input.date } : {}) },
      input.now,
    );
  } else {
    return { outcome: 'choose_time', invitee: who, alternatives: alternatives() };
  }
  if (typeof slot === 'string') return { outcome: slot, invitee: who, alternatives: alternatives() };
  if (!isFree(settings, slot, people, busy)) {
    return { outcome: 'busy', invitee: who, alternatives: alternatives(slot.startsAt) };
  }

  const expiresAt = new Date(Math.min(input.now.getTime() + PENDING_REQUEST_MS, slot.startsAt.getTime()));
  const [meeting] = await tx.execute<{ id: string }[]>(
    `insert into meetings (id, event_id, requester_id, invitee_id, starts_at, ends_at, status, expires_at,
       created_at, updated_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, 'pending', ?, now(), now()) returning id`,
    [input.event.id, input.requesterId, invitee.id, slot.startsAt, slot.endsAt, expiresAt],
  );
  await tx.execute(
    `update matches set status = 'requested', updated_at = now()
      where attendee_id = ? and suggested_id = ? and status = 'suggested'`,
    [input.requesterId, invitee.id],
  );
  const [requester] = await tx.execute<{ name: string; role: string; company: string }[]>(
    'select name, role, company from attendees where id = ?',
    [input.requesterId],
  );
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: invitee.id,
    now: input.now,
    intent: 'meeting_request',
    notice: invitationNotice(input.templates, {
      meetingId: meeting!.id,
      inviteeName: invitee.name,
      requesterName: requester?.name ?? 'Someone',
      requesterRole: [requester?.role, requester?.company].filter(Boolean).join(', '),
      slot: formatSlot(slot, zone),
      ...(input.reason ? { reason: input.reason } : {}),
    }),
  });
  return {
    outcome: 'requested',
    meetingId: meeting!.id,
    slot,
    invitee: who,
    expiresAt,
    outboxIds: outboxId ? [outboxId] : [],
  };
}
