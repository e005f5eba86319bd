import type { SkillRegistry } from '../../router/skill.js';

/** Ticket skills: book, my tickets, cancel (and their action buttons). */
export function registerTicketSkills(registry: SkillRegistry): SkillRegistry {
  return registry;
}
