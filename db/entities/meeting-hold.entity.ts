import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * The time an accepted meeting takes from each of its two people: one row per person, removed when the
 * meeting is cancelled. An exclusion constraint (`attendee_id with =, during with &&`, in the migration) makes
 * a second overlapping meeting for the same person impossible, whoever asked whom.
 */
const MeetingHoldSchema = defineEntity({
  name: 'MeetingHold',
  tableName: 'meeting_holds',
  checks: [
    {
      name: 'meeting_holds_person_no_overlap',
      expression: 'EXCLUDE USING gist (attendee_id WITH =, during WITH &&)',
    },
  ],
  properties: {
    meeting: () => p.manyToOne(Meeting).primary().deleteRule('cascade'),
    attendee: () => p.manyToOne(Attendee).primary().deleteRule('cascade'),
    during: p.string().columnType('tstzrange'),
  },
});

export class MeetingHold extends MeetingHoldSchema.class {}
MeetingHoldSchema.setClass(MeetingHold);
