import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Event } from './event.entity.js';
import { Ticket } from './ticket.entity.js';

/**
 * How a ticket was checked in: by a verified selfie (with the match distance and confidence), by staff from
 * its QR code / reference, or manually by name. One row per ticket: a ticket is checked in once.
 */
const CheckInLogSchema = defineEntity({
  name: 'CheckInLog',
  tableName: 'check_in_logs',
  indexes: [{ properties: ['event', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    ticket: () => p.manyToOne(Ticket).unique(),
    attendee: () => p.manyToOne(Attendee).nullable(),
    method: p.enum(['selfie', 'qr', 'manual'] as const),
    /** Selfie: 1 − distance (0–1). */
    confidenceScore: p.double().nullable(),
    /** Selfie: Euclidean distance between the selfie and the enrolment. */
    distance: p.double().nullable(),
    location: p.string().nullable(),
    /** Who checked it in: a Slack user id, or `whatsapp` for the person's own selfie. */
    checkedInBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CheckInLog extends CheckInLogSchema.class {}
CheckInLogSchema.setClass(CheckInLog);
