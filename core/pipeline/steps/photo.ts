import type { Understood } from '../../nlu/label-schema.js';
import { routePhoto } from '../../router/route-intent.js';
import type { SkillLookup } from '../../router/skill.js';
import type { InboundStep } from '../inbound-turn.js';

const CHECK_IN: Understood = { intent: 'checkin', slots: {}, confidence: 1 };

/** Step 4: a photo goes to the photo skill (selfie check-in), which also answers photos that are not selfies. */
export const photo =
  (skills: SkillLookup): InboundStep =>
  async (turn, next) => {
    const skill = turn.inbound.kind === 'image' ? skills.photo() : undefined;
    if (!skill) return next();
    return { kind: 'routed', outcome: await routePhoto(skill, { ...turn, understood: CHECK_IN }) };
  };
