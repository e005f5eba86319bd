import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { EventInfo } from '../events/load-event.js';
import { acceptedNotice, declinedNotice } from './meeting-messages.js';
import { freeLocation, nearestFreeSlots, peopleFree, type Slot } from './meeting-slots.js';
import {
  firstName,
  loadBusy,
  loadMeeting,
  loadNetworkingSettings,
  lockEventMeetings,
  type MeetingSummary,
} from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';
import { type RequestOutcome, requestMeeting } from './request-meeting.js';

export type AnswerOutcome =
  | { outcome: 'accepted'; meeting: MeetingSummary; location: string; outboxIds: string[] }
  | { outcome: 'declined'; meeting: MeetingSummary; outboxIds: string[] }
  /** The slot filled up (a person or every table) since the request: free slots to propose instead. */
  | { outcome: 'slot_taken'; meeting: MeetingSummary; alternatives: Slot[] }
  | { outcome: 'expired' | 'closed'; meeting: MeetingSummary }
  | { outcome: 'not_found' };

interface AnswerInput {
  event: EventInfo;
  meetingId: string;
  /** Who tapped: must be the invitee. */
  attendeeId: string;
  now: Date;
  templates: MeetingTemplates;
}

/** Loads the invitee's pending request under the event's meeting lock, or says why it cannot be answered. */
async function openRequest(
  tx: EntityManager,
  input: AnswerInput,
): Promise<{ meeting: MeetingSummary; refusal?: undefined } | { refusal: AnswerOutcome }> {
  await lockEventMeetings(tx, input.event.id);
  const meeting = await loadMeeting(tx, input.meetingId, { forUpdate: true });
  if (!meeting || meeting.eventId !== input.event.id || meeting.inviteeId !== input.attendeeId)
    return { refusal: { outcome: 'not_found' } };
  if (meeting.status !== 'pending') return { refusal: { outcome: 'closed', meeting } };
  if ((meeting.expiresAt && meeting.expiresAt <= input.now) || meeting.startsAt <= input.now) {
    return { refusal: { outcome: 'expired', meeting } };
  }
  return { meeting };
}

/**
 * Accepts a meeting request: one guarded `pending → accepted` update (so one request is one meeting), a free
 * table for the slot, and the time held for both people in `meeting_holds` — the exclusion constraints
 * refuse any overlap even if this code were wrong. Both people hear the time and the table.
 */
export async function acceptMeeting(tx: EntityManager, input: AnswerInput): Promise<AnswerOutcome> {
  const open = await openRequest(tx, input);
  if (open.refusal) return open.refusal;
  const { meeting } = open;
  const settings = await loadNetworkingSettings(tx, input.event);
  const busy = (await loadBusy(tx, input.event.id, input.now)).filter((b) => b.meetingId !== meeting.id);
  const slot = { startsAt: meeting.startsAt, endsAt: meeting.endsAt };
  const people = [meeting.requesterId, meeting.inviteeId];
  const accepted = busy.filter((b) => b.location !== null);
  const location = freeLocation(settings, slot, accepted);
  if (!location || !peopleFree(slot, people, accepted)) {
    const alternatives = nearestFreeSlots(settings, input.event.timezone, {
      around: slot.startsAt,
      people,
      busy,
      now: input.now,
      limit: 3,
    });
    return { outcome: 'slot_taken', meeting, alternatives };
  }
  await kysely(tx)
    .updateTable('Meeting')
    .set({ status: 'accepted', location, expiresAt: null, updatedAt: new Date() })
    .where('id', '=', meeting.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  // The exclusion constraint on meeting_holds refuses an overlapping meeting for either person.
  await kysely(tx)
    .insertInto('MeetingHold')
    .values(
      people.map((attendee) => ({
        meeting: meeting.id,
        attendee,
        during: sql<string>`tstzrange(${meeting.startsAt}, ${meeting.endsAt})`,
      })),
    )
    .executeTakeFirst();
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: meeting.requesterId,
    now: input.now,
    intent: 'meeting_accepted',
    notice: acceptedNotice(
      input.templates,
      meeting.inviteeName,
      { ...slot, zone: input.event.timezone },
      location,
    ),
  });
  return {
    outcome: 'accepted',
    meeting: { ...meeting, status: 'accepted', location },
    location,
    outboxIds: outboxId ? [outboxId] : [],
  };
}

/** pending → declined, by the invitee (guarded: a request already answered stays as it is). */
async function closeAsDeclined(tx: EntityManager, meetingId: string, by: string): Promise<void> {
  await kysely(tx)
    .updateTable('Meeting')
    .set({ status: 'declined', closedBy: by, expiresAt: null, updatedAt: new Date() })
    .where('id', '=', meetingId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Declines a request; the requester is told and offered other people. */
export async function declineMeeting(tx: EntityManager, input: AnswerInput): Promise<AnswerOutcome> {
  const open = await openRequest(tx, input);
  if (open.refusal) return open.refusal;
  const { meeting } = open;
  await closeAsDeclined(tx, meeting.id, input.attendeeId);
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: meeting.requesterId,
    now: input.now,
    intent: 'meeting_declined',
    notice: declinedNotice(input.templates, firstName(meeting.inviteeName), {
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      zone: input.event.timezone,
    }),
  });
  return {
    outcome: 'declined',
    meeting: { ...meeting, status: 'declined' },
    outboxIds: outboxId ? [outboxId] : [],
  };
}

/** Free slots for both people near the requested one: what "Suggest another time" offers. */
export async function otherTimes(
  tx: EntityManager,
  input: AnswerInput,
): Promise<{ outcome: 'other_times'; meeting: MeetingSummary; alternatives: Slot[] } | AnswerOutcome> {
  const open = await openRequest(tx, input);
  if (open.refusal) return open.refusal;
  const { meeting } = open;
  const settings = await loadNetworkingSettings(tx, input.event);
  const busy = (await loadBusy(tx, input.event.id, input.now)).filter((b) => b.meetingId !== meeting.id);
  const alternatives = nearestFreeSlots(settings, input.event.timezone, {
    around: meeting.startsAt,
    people: [meeting.requesterId, meeting.inviteeId],
    busy,
    now: input.now,
    limit: 3,
  });
  return { outcome: 'other_times', meeting, alternatives };
}

/**
 * A counter-proposal (a slot tapped after "Suggest another time"): the original request is declined and a new
 * one goes the other way at `at`, in the caller's transaction. When the new time does not work after all, the
 * original request is reopened as it was, so nothing is lost.
 */
export async function counterPropose(
  tx: EntityManager,
  input: AnswerInput & { at: Date },
): Promise<{ refusal: AnswerOutcome } | { request: RequestOutcome }> {
  const open = await openRequest(tx, input);
  if (open.refusal) return { refusal: open.refusal };
  const { meeting } = open;
  await closeAsDeclined(tx, meeting.id, input.attendeeId);
  const request = await requestMeeting(tx, {
    event: input.event,
    requesterId: input.attendeeId,
    inviteeId: meeting.requesterId,
    at: input.at,
    now: input.now,
    templates: input.templates,
    insteadOf: { startsAt: meeting.startsAt, endsAt: meeting.endsAt },
  });
  if (request.outcome !== 'requested') {
    await kysely(tx)
      .updateTable('Meeting')
      .set({ status: 'pending', closedBy: null, expiresAt: meeting.expiresAt, updatedAt: new Date() })
      .where('id', '=', meeting.id)
      .executeTakeFirst();
  }
  return { request };
}
