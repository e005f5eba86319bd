import type { OutboundMessage } from '../messages.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { LeadView } from '../services/leads/list-sponsor-leads.js';
import type { LeadDigestWording } from '../services/leads/send-lead-digests.js';
import { leadDigestNote, leadTitle } from './lead-notes.js';

/**
 * The daily digest for a sponsor who takes it on WhatsApp: the Slack note as plain text inside the 24-hour
 * window; outside it only an approved template may go
 * (https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session); its variables:
 * 1 sponsor, 2 how many, 3 the leads in one line.
 */
export function leadDigestMessage(
  sponsorName: string,
  leads: LeadView[],
  note: OrganizerNote,
  options: { inWindow: boolean; templateId: string },
): OutboundMessage {
  const text = [note.text, ...(note.sections ?? []).flatMap((s) => s.lines)].join('\n').replace(/[*_`]/g, '');
  if (options.inWindow) return { kind: 'text', text };
  return {
    kind: 'template',
    templateId: options.templateId,
    variables: {
      '1': sponsorName,
      '2': String(leads.length),
      '3': leads
        .map((l) => `${leadTitle(l)} (${l.temperature})`)
        .join('; ')
        .slice(0, 900),
    },
    fallbackText: text,
  };
}

/** What the digest job hands sendLeadDigests: the Slack note and its WhatsApp form. */
export const leadDigestWording: LeadDigestWording = { slack: leadDigestNote, whatsapp: leadDigestMessage };
