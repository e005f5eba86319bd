import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { TicketTier } from './ticket-tier.entity.js';

/**
 * A person (with a party size) waiting for a sold-out tier. Served by priority, then join time. At most one
 * active entry per person and tier (partial unique index in the migration).
 */
const WaitlistEntrySchema = defineEntity({
  name: 'WaitlistEntry',
  tableName: 'waitlists',
  indexes: [
    { properties: ['tier', 'status', 'priority', 'joinedAt'] },
    {
      name: 'waitlists_one_active_per_person_and_tier',
      expression: `create unique index "waitlists_one_active_per_person_and_tier" on "waitlists" ("tier_id", "contact_id") where "status" in ('waiting', 'offered')`,
    },
  ],
  checks: [{ name: 'waitlists_party_size_positive', expression: 'party_size > 0' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    eventId: p.string(),
    tier: () => p.manyToOne(TicketTier),
    contact: () => p.manyToOne(Contact),
    partySize: p.integer(),
    /** Higher first; organizers can raise it. */
    priority: p.integer().default(0),
    status: p.enum(['waiting', 'offered', 'claimed', 'left', 'expired'] as const).default('waiting'),
    joinedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class WaitlistEntry extends WaitlistEntrySchema.class {}
WaitlistEntrySchema.setClass(WaitlistEntry);
