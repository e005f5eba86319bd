import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { Sponsor } from './sponsor.entity.js';

/**
 * What a person did towards a sponsor (scanned or typed a booth code, asked for a demo, asked to share their
 * details, attended a session on the sponsor's topics). Recorded whether or not they consent to share:
 * without consent it only ever feeds anonymous counts. Engagement factors of the lead score read these.
 */
const SponsorActivitySchema = defineEntity({
  name: 'SponsorActivity',
  tableName: 'sponsor_activities',
  indexes: [{ properties: ['sponsor', 'contact'] }, { properties: ['contact'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    sponsor: () => p.manyToOne(Sponsor),
    contact: () => p.manyToOne(Contact),
    kind: p.enum(['booth_visit', 'demo_request', 'share_details', 'session_attended'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SponsorActivity extends SponsorActivitySchema.class {}
SponsorActivitySchema.setClass(SponsorActivity);
