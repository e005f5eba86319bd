import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Event } from './event.entity.js';

/** One scheduled phase: this price until this instant (ISO). */
export interface PriceStep {
  until: string;
  priceCents: number;
}

/** Scheduled prices (early bird…): each phase's price until its end, then `afterCents` (the regular price). */
export interface PriceSchedule {
  phases: PriceStep[];
  afterCents: number;
}

const TicketTierSchema = defineEntity({
  name: 'TicketTier',
  tableName: 'ticket_tiers',
  uniques: [{ properties: ['event', 'code'] }],
  checks: [{ name: 'ticket_tiers_sold_within_capacity', expression: 'sold + held <= capacity' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    /** The tier's id in the event file (`vip`); what the NLU links to. */
    code: p.string(),
    name: p.string(),
    aliases: p.array().default([]),
    /** Minor currency units. */
    priceCents: p.integer(),
    /** Scheduled prices from the event file (early bird…), applied on time by the price-schedule job. */
    priceSchedule: p.json<PriceSchedule>().nullable(),
    capacity: p.integer(),
    sold: p.integer().default(0),
    /** Seats held by reservations and waitlist offers. */
    held: p.integer().default(0),
    maxPerOrder: p.integer().default(10),
    benefits: p.array().default([]),
    requires: p.text().nullable(),
    version: p.integer().version(),
  },
});

export class TicketTier extends TicketTierSchema.class {}
TicketTierSchema.setClass(TicketTier);
