import type { SkillRegistry } from '../../router/skill.js';

/** Waiting-list skills: join, position, leave, and the Claim / Pass buttons of an offer. */
export function registerWaitlistSkills(registry: SkillRegistry): SkillRegistry {
  return registry;
}
