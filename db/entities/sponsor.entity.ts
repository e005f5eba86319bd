import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Event } from './event.entity.js';

export interface SponsorTargets {
  roles: string[];
  interests: string[];
}

const SponsorSchema = defineEntity({
  name: 'Sponsor',
  tableName: 'sponsors',
  uniques: [{ properties: ['event', 'code'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    code: p.string(),
    name: p.string(),
    aliases: p.array().default([]),
    industry: p.string().default(''),
    tier: p.string().default(''),
    targets: p.json<SponsorTargets>(),
    booth: p.string().default(''),
    slackChannel: p.string().nullable(),
    whatsapp: p.string().nullable(),
  },
});

export class Sponsor extends SponsorSchema.class {}
SponsorSchema.setClass(Sponsor);
