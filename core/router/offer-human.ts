import { confirmButtons } from '../replies/menu.js';
import type { SkillResult } from './skill.js';

/** Asks whether a person from the team should take over; "yes" reaches the talk_to_human skill. */
export function offerHuman(text: string, now: Date, yes = 'Yes, ask the team'): SkillResult {
  return {
    replies: [{ kind: 'buttons', text, buttons: confirmButtons(yes, 'No thanks') }],
    pending: { intent: 'talk_to_human', slots: {}, awaiting: 'confirm', askedAt: now.toISOString() },
  };
}
