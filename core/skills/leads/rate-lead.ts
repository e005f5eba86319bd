import { translator } from '../../i18n/translate.js';
import type { Skill } from '../../router/skill.js';
import { rateLead } from '../../services/leads/rate-lead.js';

/**
 * A sponsor on WhatsApp rates a lead from its alert (`act:rate-lead:<lead id>:<stars>`); only the sponsor's
 * own number may rate its leads.
 */
export const rateLeadAction: Skill = async (ctx) => {
  const [leadId = '', stars = ''] = (ctx.action?.arg ?? '').split(':');
  const result = await rateLead(ctx.em, {
    leadId,
    stars: Number(stars),
    by: ctx.contact.address,
    seat: { whatsapp: ctx.contact.address },
    now: ctx.now,
  });
  const t = translator(ctx.locale);
  const text =
    result.outcome === 'saved'
      ? t('leads.rated', { stars: '★'.repeat(Number(stars)), name: result.name ?? t('leads.thisLead') })
      : t(result.outcome === 'not_yours' ? 'leads.rateNotYours' : 'leads.rateGone');
  return { replies: [{ kind: 'text', text }] };
};
