import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.js';

/** Money movements for an order. Capture is out of scope; the records and their states are real. */
const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payments',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    amountCents: p.integer(),
    currency: p.string().length(3),
    kind: p.enum(['charge', 'refund'] as const).default('charge'),
    status: p.enum(['pending', 'succeeded', 'failed'] as const),
    provider: p.string().default('manual'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Payment extends PaymentSchema.class {}
PaymentSchema.setClass(Payment);
