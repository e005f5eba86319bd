import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { Event } from './event.entity.js';
import { TicketTier } from './ticket-tier.entity.js';

/**
 * One purchase of N seats of one tier. reserved (seats held, awaiting payment) → confirmed → cancelled |
 * refunded; an unpaid reservation → expired. `idempotency_key` (the confirming message's provider id) makes a
 * retried confirmation book once.
 */
const OrderSchema = defineEntity({
  name: 'Order',
  tableName: 'orders',
  indexes: [{ properties: ['contact', 'event'] }, { properties: ['status', 'reservedUntil'] }],
  checks: [{ name: 'orders_quantity_positive', expression: 'quantity > 0' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    tier: () => p.manyToOne(TicketTier),
    contact: () => p.manyToOne(Contact),
    reference: p.string().unique(),
    quantity: p.integer(),
    unitPriceCents: p.integer(),
    totalCents: p.integer(),
    currency: p.string().length(3),
    status: p.enum(['reserved', 'confirmed', 'cancelled', 'expired', 'refunded'] as const),
    idempotencyKey: p.string().unique().nullable(),
    reservedUntil: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    confirmedAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});

export class Order extends OrderSchema.class {}
OrderSchema.setClass(Order);
