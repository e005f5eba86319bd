import { type OutboundMessage, renderAsText } from '../../../core/messages.js';

/** What one `sendMessage` call carries: text, or an image by URL with an optional caption. */
export type WebContent = { kind: 'text'; text: string } | { kind: 'image'; url: string; caption?: string };

/** WhatsApp's own limit for one text message; longer texts are cut with an ellipsis. */
export const WHATSAPP_TEXT_LIMIT = 4096;

/**
 * WhatsApp Web has no interactive buttons or lists for ordinary accounts (whatsapp-web.js deprecated its
 * `Buttons`/`List` because WhatsApp stopped showing them), so choices are numbered text, exactly as on
 * Twilio without Content templates, and the pipeline's resolveChoice reads "2" or the title back. There are
 * no templates either, and no 24-hour window: a template is sent as its fallback text. WhatsApp formatting
 * (`*bold*`, `_italic_`) is native here and passes through unchanged.
 */
export function renderWebMessage(message: OutboundMessage): WebContent {
  switch (message.kind) {
    case 'image':
      return {
        kind: 'image',
        url: message.url,
        ...(message.caption ? { caption: truncate(message.caption) } : {}),
      };
    case 'text':
    case 'buttons':
    case 'list':
    case 'template':
      return { kind: 'text', text: truncate(renderAsText(message)) };
  }
}

function truncate(text: string, limit = WHATSAPP_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
