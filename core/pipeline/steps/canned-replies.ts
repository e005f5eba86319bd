import type { InboundMessage, OutboundMessage } from '../../messages.js';
import { menuButtons } from '../../replies/menu.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Messages answered without understanding: media we cannot read (videos, documents…), unsupported content and
 * oversized text. Each gets a friendly reply that says what to do instead; the message itself is kept.
 */
export function cannedReply(message: InboundMessage, truncated: boolean): OutboundMessage | null {
  switch (message.kind) {
    case 'audio':
      // Voice notes are transcribed and handled like text (voice-input.ts).
      return null;
    case 'image':
      // Photos go to the photo skill (selfie check-in), which also answers photos that are not selfies.
      return null;
    case 'unsupported':
      return {
        kind: 'buttons',
        text: `Sorry, I can't open ${message.description === 'empty message' ? 'empty messages' : message.description} here. Please send me a text message instead.`,
        buttons: menuButtons,
      };
    case 'text':
      if (truncated) {
        return {
          kind: 'text',
          text: "That's a very long message — too long for me to read properly. Could you send a shorter question (a sentence or two)?",
        };
      }
      if (message.text.trim().length === 0)
        return { kind: 'text', text: 'Your message looked empty. What can I help you with?' };
      return null;
    case 'button':
      return null;
  }
}

/** Step 5: what we cannot read is answered here, before understanding. */
export const cannedReplies: InboundStep = async (turn, next) => {
  const reply = cannedReply(turn.inbound, turn.truncated);
  return reply ? { kind: 'canned_reply', reply } : next();
};
