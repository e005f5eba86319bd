import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { kysely } from '../../../db/kysely.js';
import type { MeetingTemplates } from '../../meeting-templates.js';
import type { EventInfo } from '../events/load-event.js';
import { invitationReason } from './invitation-reason.js';
import { invitationNotice } from './meeting-messages.js';
import { isFree, nearestFreeSlots, requestedSlot, type Slot } from './meeting-slots.js';
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
  /** A counter-proposal: the slot this request replaces (said in the invitation). */
  insteadOf?: Slot;
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
  const invitee = await kysely(tx)
    .selectFrom('Attendee as a')
    .leftJoin('NetworkingPreference as np', 'np.attendee', 'a.id')
    .select(['a.id', 'a.name', 'np.visibility'])
    .where('a.id', '=', input.inviteeId)
    .where('a.event', '=', input.event.id)
    .executeTakeFirst();
  if (!invitee || invitee.visibility === 'hidden') return { outcome: 'not_found' };
  if (invitee.id === input.requesterId) return { outcome: 'self' };
  const who = { id: invitee.id, name: invitee.name };
  const open = await openRequestBetween(tx, input.requesterId, invitee.id);
  if (open) {
    return {
      outcome: 'already_pending',
      invitee: who,
      slot: open,
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
  const meetingId = randomUUID();
  await kysely(tx)
    .insertInto('Meeting')
    .values({
      id: meetingId,
      event: input.event.id,
      requester: input.requesterId,
      invitee: invitee.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: 'pending',
      expiresAt,
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .executeTakeFirst();
  await kysely(tx)
    .updateTable('Match')
    .set({ status: 'requested', updatedAt: new Date() })
    .where('attendee', '=', input.requesterId)
    .where('suggested', '=', invitee.id)
    .where('status', '=', 'suggested')
    .executeTakeFirst();
  const requester = await kysely(tx)
    .selectFrom('Attendee')
    .select(['name', 'role', 'company'])
    .where('id', '=', input.requesterId)
    .executeTakeFirst();
  const outboxId = await notifyAttendee(tx, {
    eventId: input.event.id,
    attendeeId: invitee.id,
    now: input.now,
    intent: 'meeting_request',
    notice: invitationNotice(input.templates, {
      meetingId,
      inviteeName: invitee.name,
      requesterName: requester?.name ?? null,
      requesterRole: [requester?.role, requester?.company].filter(Boolean).join(', '),
      reason: await invitationReason(tx, {
        eventId: input.event.id,
        inviteeId: invitee.id,
        requesterId: input.requesterId,
      }),
      slot: { ...slot, zone },
      ...(input.insteadOf ? { insteadOf: { ...input.insteadOf, zone } } : {}),
    }),
  });
  return {
    outcome: 'requested',
    meetingId,
    slot,
    invitee: who,
    expiresAt,
    outboxIds: outboxId ? [outboxId] : [],
  };
}

/** The pending request between two people, either way round (at most one: a unique index on the pair). */
function openRequestBetween(tx: EntityManager, a: string, b: string) {
  const pair = (x: string, y: string) => [sql`${x}::uuid`, sql`${y}::uuid`];
  return kysely(tx)
    .selectFrom('Meeting')
    .select(['startsAt', 'endsAt'])
    .where('status', '=', 'pending')
    .where((eb) => eb(eb.fn('least', ['requester', 'invitee']), '=', eb.fn('least', pair(a, b))))
    .where((eb) => eb(eb.fn('greatest', ['requester', 'invitee']), '=', eb.fn('greatest', pair(a, b))))
    .executeTakeFirst();
}
