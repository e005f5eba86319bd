import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.js';

/** One seat. The reference (e.g. `DS26-7KQ4-XM2P`) is what the QR code encodes and staff can type. */
const TicketSchema = defineEntity({
  name: 'Ticket',
  tableName: 'tickets',
  indexes: [{ name: 'tickets_order_id_index', properties: ['order'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    reference: p.string().unique(),
    status: p.enum(['valid', 'cancelled'] as const).default('valid'),
    createdAt: p.datetime().onCreate(() => new Date()),
    cancelledAt: p.datetime().nullable(),
    /** Manual check-in from Slack (`/eventos checkin`); set once. */
    checkedInAt: p.datetime().nullable(),
    /** Slack user id of the organizer who checked the ticket in. */
    checkedInBy: p.string().nullable(),
  },
});

export class Ticket extends TicketSchema.class {}
TicketSchema.setClass(Ticket);
