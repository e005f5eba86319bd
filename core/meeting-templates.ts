/**
 * Approved WhatsApp templates (Twilio Content SIDs) for networking messages that reach someone outside
 * WhatsApp's 24-hour window (https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session):
 * config WHATSAPP_MEETING_REQUEST_TEMPLATE_SID, WHATSAPP_MEETING_REMINDER_TEMPLATE_SID and
 * WHATSAPP_MEETING_UPDATE_TEMPLATE_SID. Variables are listed where each message is built
 * (core/services/networking/meeting-messages.ts).
 *
 * A leaf beside messages.ts (it imports nothing): networking builds the notices, privacy's erasure context
 * carries the templates to the networking eraser, the router and the jobs pass them on.
 */
export interface MeetingTemplates {
  request: string;
  reminder: string;
  update: string;
}

export const DEFAULT_MEETING_TEMPLATES: MeetingTemplates = {
  request: 'meeting_request_v1',
  reminder: 'meeting_reminder_v1',
  update: 'meeting_update_v1',
};
