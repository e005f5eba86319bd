import type { Skill } from '../router/skill.js';

export const thanks: Skill = async () => ({
  replies: [{ kind: 'text', text: "You're welcome! Message me any time if you need anything else. 🙂" }],
});
