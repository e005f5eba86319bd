import { type OutboundMessage, renderAsText } from '../../../core/messages.js';

/** The subset of Twilio's `messages.create` params that carry content. */
export interface TwilioMessageContent {
  body?: string;
  mediaUrl?: string[];
  contentSid?: string;
  contentVariables?: string;
}

/** https://www.twilio.com/docs/whatsapp/key-concepts#character-limit — longer bodies are rejected (21617). */
export const TWILIO_WHATSAPP_BODY_LIMIT = 1600;

/**
 * Turns an OutboundMessage into Twilio content. WhatsApp reply buttons and list pickers only go
 * through pre-approved Content templates on Twilio
 * (https://www.twilio.com/docs/content/whatsapp-interactive-content), so choices are sent as
 * numbered text and the core accepts "1"/"2" as replies. Templates are the only way to reach
 * someone outside the 24-hour window (error 63016).
 */
export function renderTwilioMessage(message: OutboundMessage, contentSid?: string): TwilioMessageContent {
  switch (message.kind) {
    case 'text':
    case 'buttons':
    case 'list':
      return { body: truncateBody(renderAsText(message)) };
    case 'image':
      return { mediaUrl: [message.url], ...(message.caption ? { body: truncateBody(message.caption) } : {}) };
    case 'template':
      // The Content SID is looked up by the template's name and language (templates/template-directory.ts).
      return {
        contentSid: contentSid ?? message.templateId,
        contentVariables: JSON.stringify(message.variables),
      };
  }
}

export function truncateBody(body: string, limit = TWILIO_WHATSAPP_BODY_LIMIT): string {
  if (body.length <= limit) return body;
  let cut = body.slice(0, limit - 1);
  // Do not leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
