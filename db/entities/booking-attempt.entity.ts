import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** Every booking attempt, successful or not, with the reason: the audit trail and the demand signal. */
const BookingAttemptSchema = defineEntity({
  name: 'BookingAttempt',
  tableName: 'booking_attempts',
  indexes: [{ properties: ['eventId', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    eventId: p.string(),
    tierId: p.uuid().nullable(),
    contactId: p.uuid().nullable(),
    quantity: p.integer().nullable(),
    outcome: p.enum(['booked', 'reserved', 'rejected'] as const),
    reason: p.string(),
    orderId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class BookingAttempt extends BookingAttemptSchema.class {}
BookingAttemptSchema.setClass(BookingAttempt);
