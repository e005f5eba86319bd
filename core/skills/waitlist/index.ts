import type { SkillRegistry } from '../../router/skill.js';
import { claimOfferSkill } from './claim-offer.js';
import { joinWaitlistSkill } from './join-waitlist.js';
import { leaveWaitlistSkill } from './leave-waitlist.js';
import { passOfferSkill } from './pass-offer.js';
import { waitlistStatus } from './waitlist-status.js';

/** Waiting-list skills: join, position, leave, and the Claim / Pass buttons of an offer. */
export function registerWaitlistSkills(registry: SkillRegistry): SkillRegistry {
  return registry
    .on('join_waitlist', joinWaitlistSkill)
    .on('waitlist_status', waitlistStatus)
    .on('leave_waitlist', leaveWaitlistSkill)
    .onAction('join-waitlist', joinWaitlistSkill)
    .onAction('leave-waitlist', leaveWaitlistSkill)
    .onAction('claim-offer', claimOfferSkill)
    .onAction('pass-offer', passOfferSkill);
}
