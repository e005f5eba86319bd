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
  const text =
    result.outcome === 'saved'
      ? `Saved: ${'★'.repeat(Number(stars))} for ${result.name}.`
      : result.outcome === 'not_yours'
        ? 'Only the sponsor this lead was sent to can rate it.'
        : 'That lead is no longer available (the person may have withdrawn their consent).';
  return { replies: [{ kind: 'text', text }] };
};
