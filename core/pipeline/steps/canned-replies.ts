import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { InboundMessage, OutboundMessage } from '../../messages.js';
import { menuButtons } from '../../replies/menu.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Messages answered without understanding: media we cannot read (videos, documents…), unsupported content and
 * oversized text. Each gets a friendly reply that says what to do instead; the message itself is kept.
 */
export function cannedReply(
  message: InboundMessage,
  truncated: boolean,
  locale: Locale,
): OutboundMessage | null {
  const t = translator(locale);
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
        // The channel's description of the content ("videos", "documents") is English: organizers see it too.
        text: t('canned.cannotOpen', {
          what: message.description === 'empty message' ? t('canned.emptyMessages') : message.description,
        }),
        buttons: menuButtons(locale),
      };
    case 'text':
      if (truncated) return { kind: 'text', text: t('canned.tooLong') };
      if (message.text.trim().length === 0) return { kind: 'text', text: t('canned.empty') };
      return null;
    case 'button':
      return null;
  }
}

/** Step 5: what we cannot read is answered here, before understanding. */
export const cannedReplies: InboundStep = async (turn, next) => {
  const reply = cannedReply(turn.inbound, turn.truncated, turn.locale);
  return reply ? { kind: 'canned_reply', reply } : next();
};
