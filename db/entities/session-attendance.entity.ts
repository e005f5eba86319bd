import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { EventSession } from './event-session.entity.js';

/** How the attendance was told to us: the room's QR code (its attendance code) or a sentence ("I'm at …"). */
export const ATTENDANCE_SOURCES = ['code', 'said'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/**
 * One person at one session. Unique per session and contact: a second scan or sentence records nothing new,
 * so the sponsor lead factor "sessions on the sponsor's topics" and feedback requests count it once.
 */
const SessionAttendanceSchema = defineEntity({
  name: 'SessionAttendance',
  tableName: 'session_attendance',
  uniques: [{ properties: ['session', 'contact'] }],
  indexes: [{ properties: ['contact'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(EventSession).deleteRule('cascade'),
    contact: () => p.manyToOne(Contact),
    source: p.enum(ATTENDANCE_SOURCES),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SessionAttendance extends SessionAttendanceSchema.class {}
SessionAttendanceSchema.setClass(SessionAttendance);
