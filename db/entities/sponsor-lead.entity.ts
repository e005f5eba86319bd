import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Contact } from './contact.entity.js';
import { Sponsor } from './sponsor.entity.js';

/**
 * One scoring factor as stored (core/services/leads/score-lead.ts makes them and validates them on read).
 * `label` is the English line organizers read in Slack and the CSV; a sponsor's WhatsApp contact reads the
 * factor in their own language, worded from `code` and the facts beside it (`role`, `interests`, `sessions`:
 * the person's own words and counts). Factors stored before those facts have only the label.
 */
export interface LeadFactor {
  code: string;
  label: string;
  points: number;
  role?: string;
  interests?: string[];
  sessions?: number;
}

/** Given, declined (remembered so we never ask again) or withdrawn. */
export const LEAD_CONSENTS = ['given', 'declined', 'withdrawn'] as const;
export type LeadConsent = (typeof LEAD_CONSENTS)[number];
/** From the lead's score: hot leads are alerted at once, warm and cold ones wait for the digest. */
export const LEAD_TEMPERATURES = ['hot', 'warm', 'cold'] as const;
export type LeadTemperature = (typeof LEAD_TEMPERATURES)[number];

/**
 * One person's answer to one sponsor (the seed's sponsor_lead_scores): their consent (given, declined —
 * remembered so we never ask again — or withdrawn), the score with its factors, and what the sponsor did
 * with it (alert, digest, rating, note). Unique per sponsor and contact, so a retried webhook or a double
 * tap can never make two. A sponsor sees the row only while consent is `given`.
 */
const SponsorLeadSchema = defineEntity({
  name: 'SponsorLead',
  tableName: 'sponsor_leads',
  uniques: [{ properties: ['sponsor', 'contact'] }],
  indexes: [{ properties: ['alertStatus'] }],
  checks: [{ name: 'sponsor_leads_rating_check', expression: '(rating >= 1) AND (rating <= 5)' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    sponsor: () => p.manyToOne(Sponsor),
    contact: () => p.manyToOne(Contact),
    attendee: () => p.manyToOne(Attendee).nullable(),
    consent: p.enum(LEAD_CONSENTS),
    /** The attendee also agreed to be contacted: their phone number is shared. */
    contactOk: p.boolean().default(false),
    /** The fields the attendee agreed to share (the event's setting at the time they said yes). */
    sharedFields: p.array().default([]),
    consentedAt: p.datetime().nullable(),
    declinedAt: p.datetime().nullable(),
    withdrawnAt: p.datetime().nullable(),
    score: p.integer().default(0),
    scoringFactors: p.json<LeadFactor[]>(),
    temperature: p.enum(LEAD_TEMPERATURES).default('cold'),
    /** Hot-lead alert: none → pending (same transaction as the consent) → sending (leased) → sent | skipped. */
    alertStatus: p.enum(['none', 'pending', 'sending', 'sent', 'skipped'] as const).default('none'),
    alertLeaseUntil: p.datetime().nullable(),
    alertedAt: p.datetime().nullable(),
    /** Where the alert went: `slack:<channel>:<ts>` or `whatsapp:<outbox id>`. */
    alertRef: p.string().nullable(),
    digestSentAt: p.datetime().nullable(),
    rating: p.integer().nullable(),
    ratedBy: p.string().nullable(),
    ratedAt: p.datetime().nullable(),
    notes: p.text().nullable(),
    notedBy: p.string().nullable(),
    notedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class SponsorLead extends SponsorLeadSchema.class {}
SponsorLeadSchema.setClass(SponsorLead);
