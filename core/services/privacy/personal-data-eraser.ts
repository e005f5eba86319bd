import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeetingTemplates } from '../../meeting-templates.js';

/** Whose data to erase: one person at one event (a contact may attend several events). */
export interface ErasureTarget {
  contactId: string;
  eventId: string;
  /** Null when the person never became an attendee (only chatted). */
  attendeeId: string | null;
}

/** What an eraser may need besides whose data: the message's clock, and templates for telling other people. */
export interface ErasureContext {
  now: Date;
  /** The configured WhatsApp templates for networking notices (a cancelled meeting's other side). */
  meetingTemplates: MeetingTemplates;
}

/**
 * Deletes one kind of personal data for the target, inside the caller's transaction, and says how many rows
 * it removed (for the audit log: counts only, never the data itself). Each feature that stores personal
 * data implements one; the list "forget me" runs is in core/skills/forget-me.ts.
 */
export interface PersonalDataEraser {
  /** What it erases, for the audit log and the reply ("face data", "sponsor leads"). */
  readonly what: string;
  erase(em: EntityManager, target: ErasureTarget, context: ErasureContext): Promise<number>;
}
