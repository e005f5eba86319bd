import { meetingReminder } from './meeting-reminder.js';
import { meetingRequest } from './meeting-request.js';
import { meetingUpdate } from './meeting-update.js';
import { sessionFeedback } from './session-feedback.js';
import { sponsorLead } from './sponsor-lead.js';
import { sponsorLeadDigest } from './sponsor-lead-digest.js';
import type { TemplateDefinition } from './template.js';
import { waitlistOffer } from './waitlist-offer.js';

/** Every WhatsApp template the product sends outside the 24-hour window. */
export const WHATSAPP_TEMPLATES: readonly TemplateDefinition[] = [
  waitlistOffer,
  sponsorLead,
  sponsorLeadDigest,
  meetingRequest,
  meetingReminder,
  meetingUpdate,
  sessionFeedback,
];
