import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { LeadFactor } from '../services/leads/score-lead.js';

/**
 * Why a lead scored, for a sponsor's contact on WhatsApp in their language: each factor worded from its code
 * and facts (the person's role and interests are quoted as they wrote them). A factor stored before the facts
 * were, or of a code this build does not know, keeps its stored English label rather than losing the reason.
 */
export function leadWhy(factors: readonly LeadFactor[], locale: Locale): string {
  const t = translator(locale);
  const words = (f: LeadFactor): string => {
    switch (f.code) {
      case 'role_match':
        return f.role ? t('leads.why.role', { role: f.role }) : f.label;
      case 'interest_overlap':
        return f.interests?.length
          ? t('leads.why.interests', { interests: f.interests.join(', ') })
          : f.label;
      case 'demo_request':
        return t('leads.why.demo');
      case 'booth_visit':
        return t('leads.why.booth');
      case 'sessions_on_topic':
        return f.sessions ? t('leads.why.sessions', { count: f.sessions }) : f.label;
      default:
        return f.label;
    }
  };
  return factors.map(words).join('; ');
}
