import { CHECK_IN_ACTIONS } from '../../replies/check-in-replies.js';
import type { SkillRegistry } from '../../router/skill.js';
import { checkIn } from './check-in.js';
import { selfie } from './selfie.js';

/** Selfie check-in: the consent flow on "check me in", photos, and "use a selfie instead" after a No. */
export function registerCheckInSkills(registry: SkillRegistry): SkillRegistry {
  return registry.on('checkin', checkIn).onAction(CHECK_IN_ACTIONS.askConsent, checkIn).onPhoto(selfie);
}
