/**
 * The WhatsApp templates the product sends outside WhatsApp's 24-hour window, by name. Their texts, variables
 * and per-language versions live in adapters/channels/twilio/templates; `eventos twilio templates sync`
 * stores the Content SID Twilio returns for each name and language, and a send looks it up there. No
 * template SID is written in code or config.
 */
export const TEMPLATE_NAMES = {
  waitlistOffer: 'waitlist_offer',
  sponsorLead: 'sponsor_lead',
  sponsorLeadDigest: 'sponsor_lead_digest',
  meetingRequest: 'meeting_request',
  meetingReminder: 'meeting_reminder',
  meetingUpdate: 'meeting_update',
} as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[keyof typeof TEMPLATE_NAMES];
