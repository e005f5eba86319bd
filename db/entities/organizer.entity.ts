import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Event } from './event.entity.js';

const OrganizerSchema = defineEntity({
  name: 'Organizer',
  tableName: 'organizers',
  uniques: [{ properties: ['event', 'slackUserId'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    slackUserId: p.string(),
    name: p.string(),
    role: p.string().default('staff'),
    phone: p.string().nullable(),
  },
});

export class Organizer extends OrganizerSchema.class {}
OrganizerSchema.setClass(Organizer);
