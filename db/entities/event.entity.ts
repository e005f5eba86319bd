import { defineEntity, p } from '@mikro-orm/core';
import { Venue } from './venue.entity.js';

/**
 * Refund by date: `steps` in time order, each "until this instant (exclusive), this percent back"; after the
 * last step nothing is refunded. No policy means full refunds.
 */
export interface RefundPolicy {
  steps: { until: string; percent: number }[];
}

export interface NetworkingSettings {
  slotMinutes: number;
  locations: string[];
  hours: { date: string; from: string; to: string }[];
}

const EventSchema = defineEntity({
  name: 'Event',
  tableName: 'events',
  properties: {
    /** The event file's id, e.g. `devsummit-2026`. */
    id: p.string().primary(),
    name: p.string(),
    description: p.text().default(''),
    /** IANA zone; every time shown to people is in it. */
    timezone: p.string(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    currency: p.string().length(3),
    salesOpen: p.boolean().default(true),
    claimWindowMinutes: p.integer().default(30),
    networking: p.json<NetworkingSettings>().nullable(),
    refundPolicy: p.json<RefundPolicy>().nullable(),
    /**
     * VAT included in the prices, in basis points (2300 = 23 %): receipts show the tax line. Null: no VAT line.
     */
    vatBasisPoints: p.integer().nullable(),
    /** Attendee fields a sponsor receives with a consented lead (the organizer's setting). */
    leadFields: p.array().default(['name', 'role', 'company', 'interests']),
    /** Offer "Yes, and they may contact me", which adds the phone number to the shared fields. */
    leadContactOption: p.boolean().default(true),
    /** Selfie check-in window set by the organizer; null means the event's own day(s). */
    checkInOpensAt: p.datetime().nullable(),
    checkInClosesAt: p.datetime().nullable(),
    /** Days after the event ends that face data is kept; null means the deployment's FACE_RETENTION_DAYS. */
    faceRetentionDays: p.integer().nullable(),
    /**
     * How this event's attendees reach us on WhatsApp: the Business API through Twilio (`whatsapp`) or the
     * organizer's own number through the WhatsApp Web gateway (`whatsapp-web`).
     */
    whatsappChannel: p.enum(['whatsapp', 'whatsapp-web'] as const).default('whatsapp'),
    venue: () => p.manyToOne(Venue),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Event extends EventSchema.class {}
EventSchema.setClass(Event);
