import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { LeadView } from '../services/leads/list-sponsor-leads.js';
import type { LeadAlertWording } from '../services/leads/send-lead-alert.js';
import { leadAlertNote, leadTitle } from './lead-notes.js';
import { LEAD_ACTIONS } from './lead-replies.js';
import { leadWhy } from './lead-why.js';

/**
 * A hot lead for a sponsor who takes alerts on WhatsApp, in the language of the sponsor's contact. Inside the
 * 24-hour window: the details and a list to rate ★1–5 (more than 3 choices, so a list, not buttons). Outside
 * it only an approved template may go, in that language's version
 * (https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session); its variables:
 * 1 sponsor, 2 who (name — role, company), 3 why it's hot, 4 lead id (quick replies `act:rate-lead:{{4}}:<n>`).
 */
export function leadAlertMessage(
  lead: LeadView,
  sponsorName: string,
  options: { inWindow: boolean; templateId: string; locale: Locale },
): OutboundMessage {
  const t = translator(options.locale);
  const reasons = leadWhy(lead.factors, options.locale);
  const text = [
    t('leads.alertHot', { sponsor: sponsorName, lead: leadTitle(lead) }),
    lead.interests ? t('leads.alertInterests', { interests: lead.interests.join(', ') }) : '',
    lead.phone ? t('leads.alertPhone', { phone: lead.phone }) : '',
    t('leads.alertWhy', { reasons }),
    t('leads.alertRate'),
  ]
    .filter(Boolean)
    .join('\n');
  if (!options.inWindow) {
    return {
      kind: 'template',
      templateId: options.templateId,
      language: options.locale,
      variables: { '1': sponsorName, '2': leadTitle(lead), '3': reasons, '4': lead.id },
      fallbackText: text,
    };
  }
  return {
    kind: 'list',
    text,
    buttonText: t('leads.rate'),
    items: [5, 4, 3, 2, 1].map((n) => ({
      id: `act:${LEAD_ACTIONS.rate}:${lead.id}:${n}`,
      title: '★'.repeat(n),
    })),
  };
}

/** What the alert job hands sendLeadAlert: the Slack card and the WhatsApp message. */
export const leadAlertWording: LeadAlertWording = { slack: leadAlertNote, whatsapp: leadAlertMessage };
