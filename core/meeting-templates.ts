import { TEMPLATE_NAMES } from './template-names.js';

/**
 * The WhatsApp templates (by name, see template-names.ts) for networking messages that reach someone outside
 * WhatsApp's 24-hour window (https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session).
 * Variables are listed where each message is built (core/services/networking/meeting-messages.ts).
 *
 * Networking builds the notices, privacy's erasure context carries the templates to the networking eraser,
 * the router and the jobs pass them on.
 */
export interface MeetingTemplates {
  request: string;
  reminder: string;
  update: string;
}

export const DEFAULT_MEETING_TEMPLATES: MeetingTemplates = {
  request: TEMPLATE_NAMES.meetingRequest,
  reminder: TEMPLATE_NAMES.meetingReminder,
  update: TEMPLATE_NAMES.meetingUpdate,
};
