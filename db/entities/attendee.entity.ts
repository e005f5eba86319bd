import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { Event } from './event.entity.js';

const AttendeeSchema = defineEntity({
  name: 'Attendee',
  tableName: 'attendees',
  uniques: [{ properties: ['event', 'code'] }, { properties: ['event', 'contact'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    /** The attendee's id in the event file; null for people who found us in chat. */
    code: p.string().nullable(),
    contact: () => p.manyToOne(Contact).nullable(),
    name: p.string(),
    email: p.string().nullable(),
    company: p.string().default(''),
    role: p.string().default(''),
    industry: p.string().default(''),
    interests: p.array().default([]),
    goals: p.array().default([]),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Attendee extends AttendeeSchema.class {}
AttendeeSchema.setClass(Attendee);
