import type { EntityManager } from '@mikro-orm/postgresql';
import { faceDataEraser } from '../faces/face-data-eraser.js';
import { leadDataEraser } from '../leads/lead-data-eraser.js';
import { networkingDataEraser } from '../networking/erase-networking-data.js';
import type { MeetingTemplates } from '../networking/meeting-templates.js';
import { conversationEraser } from './conversation-eraser.js';
import { profileEraser } from './profile-eraser.js';

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
 * it removed (for the audit log: counts only, never the data itself).
 */
export interface PersonalDataEraser {
  /** What it erases, for the audit log and the reply ("face data", "sponsor leads"). */
  readonly what: string;
  erase(em: EntityManager, target: ErasureTarget, context: ErasureContext): Promise<number>;
}

/**
 * Every feature that stores personal data adds its eraser here, so "forget me" (core/skills/forget-me.ts)
 * cannot miss one. Order matters only where rows reference each other: dependants first.
 */
export const personalDataErasers: PersonalDataEraser[] = [
  leadDataEraser,
  networkingDataEraser,
  faceDataEraser,
  profileEraser,
  conversationEraser,
];
