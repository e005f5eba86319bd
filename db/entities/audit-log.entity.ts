import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * Who did what to whose data, for accountability (consent given or withdrawn, face data deleted or expired,
 * "forget me", failed face matches). `details` holds counts and outcomes only — never names, phone numbers,
 * photos or face templates. `subject` is an internal id (a contact's uuid), not a personal detail.
 */
const AuditLogSchema = defineEntity({
  name: 'AuditLog',
  tableName: 'audit_log',
  indexes: [{ properties: ['subject', 'action', 'createdAt'] }, { properties: ['eventId', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    eventId: p.string().nullable(),
    /** `contact:<uuid>`, `slack:<user id>` or `system:<job>`. */
    actor: p.string(),
    /** Dotted verb, e.g. `face.enrolled`, `face.expired`, `privacy.forget_me`. */
    action: p.string(),
    subject: p.string().nullable(),
    details: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class AuditLog extends AuditLogSchema.class {}
AuditLogSchema.setClass(AuditLog);
