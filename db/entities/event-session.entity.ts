import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Event } from './event.entity.js';

const EventSessionSchema = defineEntity({
  name: 'EventSession',
  tableName: 'event_sessions',
  uniques: [{ properties: ['event', 'code'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    code: p.string(),
    title: p.string(),
    aliases: p.array().default([]),
    startsAt: p.datetime().index(),
    endsAt: p.datetime(),
    room: p.string().default(''),
    speakers: p.array().default([]),
    capacity: p.integer().nullable(),
  },
});

export class EventSession extends EventSessionSchema.class {}
EventSessionSchema.setClass(EventSession);
