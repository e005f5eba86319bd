import { LEAD_ACTIONS } from '../../replies/lead-replies.js';
import type { SkillRegistry } from '../../router/skill.js';
import { rateLeadAction } from './rate-lead.js';
import { askForSponsor, leadConsentAction, sponsorInterest } from './sponsor-interest.js';

/** Sponsor leads: interest → consent (Yes / Yes + contact me / No), withdrawal, and sponsors rating on WhatsApp. */
export function registerLeadSkills(registry: SkillRegistry): SkillRegistry {
  return registry
    .on('sponsor_interest', sponsorInterest)
    .onAction(LEAD_ACTIONS.ask, askForSponsor)
    .onAction(LEAD_ACTIONS.consent, leadConsentAction)
    .onAction(LEAD_ACTIONS.rate, rateLeadAction);
}
