import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { TicketTier } from './ticket-tier.entity.js';
import { WaitlistEntry } from './waitlist-entry.entity.js';

/**
 * An offer of held seats to one waitlist entry, open until `expiresAt`. The seats are counted in the tier's
 * `held` while the offer is open, so nobody else can book them. At most one open offer per entry.
 */
const WaitlistPromotionSchema = defineEntity({
  name: 'WaitlistPromotion',
  tableName: 'waitlist_promotions',
  indexes: [
    { properties: ['status', 'expiresAt'] },
    {
      name: 'waitlist_promotions_one_open_per_entry',
      expression: `create unique index "waitlist_promotions_one_open_per_entry" on "waitlist_promotions" ("entry_id") where "status" = 'open'`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    entry: () => p.manyToOne(WaitlistEntry),
    tier: () => p.manyToOne(TicketTier),
    seats: p.integer(),
    status: p.enum(['open', 'claimed', 'passed', 'expired'] as const).default('open'),
    expiresAt: p.datetime(),
    /** Set once the offer message is in the outbox: an offer is announced exactly once. */
    notifiedAt: p.datetime().nullable(),
    orderId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
  },
});

export class WaitlistPromotion extends WaitlistPromotionSchema.class {}
WaitlistPromotionSchema.setClass(WaitlistPromotion);
