import { routeIntent } from '../../router/route-intent.js';
import type { SkillLookup } from '../../router/skill.js';
import type { Handled, InboundTurn } from '../inbound-turn.js';

/** Step 7, the end of the chain: the router picks the skill from the intent and the dialog state. */
export const route =
  (skills: SkillLookup) =>
  async (turn: InboundTurn): Promise<Handled> => ({
    kind: 'routed',
    outcome: await routeIntent(skills, turn),
  });
