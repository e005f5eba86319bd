import { buttonTime } from '../i18n/format-event-day.js';
import type { Locale } from '../i18n/locale.js';
import { type Translate, translator } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { LeadView } from '../services/leads/list-sponsor-leads.js';
import type { LeadDigestWording } from '../services/leads/send-lead-digests.js';
import { leadDigestNote, leadTitle } from './lead-notes.js';

const EMOJI = { hot: '🔥', warm: '🌤️', cold: '❄️' } as const;

/** One lead: who (only what was shared), interests, phone, score, rating and when they consented. */
function leadLine(lead: LeadView, t: Translate, zone: string, locale: Locale): string {
  const details = [lead.interests?.join(', '), lead.phone].filter(Boolean).map((d) => ` · ${d}`);
  const line = t('leads.digestLine', {
    lead: `${EMOJI[lead.temperature]} ${leadTitle(lead)}`,
    details: details.join(''),
    score: lead.score,
    rating: lead.rating ? '★'.repeat(lead.rating) + '☆'.repeat(5 - lead.rating) : t('leads.notRated'),
    when: buttonTime(lead.consentedAt, zone, locale),
  });
  return lead.notes ? `${line}\n    ${lead.notes}` : line;
}

/**
 * The daily digest for a sponsor who takes it on WhatsApp, in the language of the sponsor's contact: plain
 * text inside the 24-hour window; outside it only an approved template may go
 * (https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session), in that
 * language's version; its variables: 1 sponsor, 2 how many, 3 the leads in one line.
 */
export function leadDigestMessage(
  sponsorName: string,
  leads: LeadView[],
  options: { inWindow: boolean; templateId: string; locale: Locale; timezone: string },
): OutboundMessage {
  const { locale } = options;
  const t = translator(locale);
  const text = [
    t('leads.digestHeader', { sponsor: sponsorName, count: leads.length }),
    ...leads.map((l) => leadLine(l, t, options.timezone, locale)),
  ].join('\n');
  if (options.inWindow) return { kind: 'text', text };
  return {
    kind: 'template',
    templateId: options.templateId,
    language: locale,
    variables: {
      '1': sponsorName,
      '2': String(leads.length),
      '3': leads
        .map((l) => `${leadTitle(l)} (${t('leads.temperature', { temperature: l.temperature })})`)
        .join('; ')
        .slice(0, 900),
    },
    fallbackText: text,
  };
}

/** What the digest job hands sendLeadDigests: the Slack note and the WhatsApp message. */
export const leadDigestWording: LeadDigestWording = { slack: leadDigestNote, whatsapp: leadDigestMessage };
