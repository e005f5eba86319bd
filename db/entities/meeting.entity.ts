import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Event } from './event.entity.js';

/**
 * A 1:1 meeting request and, once accepted, the meeting. The row is the request, so an accepted request is
 * exactly one meeting (accepting is a guarded `pending → accepted` update). No double booking is enforced by
 * the database: accepted meetings hold their time per person in `meeting_holds` and per (event, location)
 * here, both under exclusion constraints on `tstzrange(starts_at, ends_at)` (migration, btree_gist).
 */
const MeetingSchema = defineEntity({
  name: 'Meeting',
  tableName: 'meetings',
  checks: [
    { name: 'meetings_slot_order', expression: 'ends_at > starts_at' },
    { name: 'meetings_two_people', expression: 'requester_id <> invitee_id' },
    {
      name: 'meetings_location_no_overlap',
      expression: `EXCLUDE USING gist (event_id WITH =, location WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (((status = 'accepted'::text) AND (location IS NOT NULL)))`,
    },
  ],
  indexes: [
    { properties: ['status', 'startsAt'] },
    { properties: ['requester'] },
    { properties: ['invitee'] },
    {
      name: 'meetings_one_open_request_per_pair',
      expression: `create unique index "meetings_one_open_request_per_pair" on "meetings" (least("requester_id", "invitee_id"), greatest("requester_id", "invitee_id")) where "status" = 'pending'`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    requester: () => p.manyToOne(Attendee),
    invitee: () => p.manyToOne(Attendee),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** A table or lounge from the event's networking settings, chosen when the invitee accepts. */
    location: p.string().nullable(),
    status: p
      .enum(['pending', 'accepted', 'declined', 'cancelled', 'expired', 'completed'] as const)
      .default('pending'),
    /** A pending request lapses here (a nudge goes to the requester). */
    expiresAt: p.datetime().nullable(),
    /** Set in the same transaction as the reminder's outbox rows: a reminder goes out at most once. */
    remindedAt: p.datetime().nullable(),
    /** Set in the same transaction as the "did you meet?" questions. */
    followUpAt: p.datetime().nullable(),
    /** Each side's answer to "did you meet?"; null until answered. */
    requesterMet: p.boolean().nullable(),
    inviteeMet: p.boolean().nullable(),
    /** Who cancelled or declined (an attendee id). */
    closedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Meeting extends MeetingSchema.class {}
MeetingSchema.setClass(Meeting);
