import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { TicketTier } from './ticket-tier.entity.js';

/**
 * Every change of a tier's price (Evently's `pricing_history`): old and new price, why, who (`slack:<user>` or
 * `schedule`), when. A scheduled phase is applied once: `schedule_step` (the phase's end) is unique per tier.
 * Existing orders keep their own unit price; only new orders see a change.
 */
const PricingHistorySchema = defineEntity({
  name: 'PricingHistory',
  tableName: 'pricing_history',
  uniques: [{ properties: ['tier', 'scheduleStep'] }],
  indexes: [{ properties: ['tier', 'appliedAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    tier: () => p.manyToOne(TicketTier),
    eventId: p.string(),
    oldPriceCents: p.integer(),
    newPriceCents: p.integer(),
    reason: p.text().nullable(),
    appliedBy: p.string(),
    scheduleStep: p.string().nullable(),
    appliedAt: p.datetime(),
  },
});

export class PricingHistory extends PricingHistorySchema.class {}
PricingHistorySchema.setClass(PricingHistory);
