import { type RouteOutcome, routeIntent } from '../../router/route-intent.js';
import type { SkillLookup } from '../../router/skill.js';
import type { Handled, InboundTurn } from '../inbound-turn.js';

/**
 * Step 7, the end of the chain: the router picks the skill from the intent and the dialog state. A message
 * that holds more than one command ("yes please — and is there parking?") is routed command by command, in
 * order, each seeing the dialog state the previous one left; the replies come out in the same order.
 */
export const route =
  (skills: SkillLookup) =>
  async (turn: InboundTurn): Promise<Handled> => {
    let outcome = await routeIntent(skills, turn);
    for (const { text, more: _nested, ...understood } of turn.understood.more ?? []) {
      const { action: _action, confirmation: _confirmation, ...rest } = turn;
      const next = await routeIntent(skills, { ...rest, text, understood, state: outcome.state });
      outcome = combine(outcome, next);
    }
    return { kind: 'routed', outcome };
  };

/**
 * The first command names the turn (its intent is the one recorded). The later one's dialog state wins, but
 * a plain answer ("Yes, there is parking…") neither closes the question nor hides the buttons the first
 * reply offered: a "1" after it still means that reply's first button.
 */
function combine(first: RouteOutcome, next: RouteOutcome): RouteOutcome {
  const offersChoices = next.state.lastButtons !== undefined;
  return {
    intent: first.intent,
    state: {
      ...next.state,
      ...(!next.state.pending && first.state.pending ? { pending: first.state.pending } : {}),
      ...(!offersChoices && first.state.lastButtons
        ? { lastButtons: first.state.lastButtons, lastPrompt: first.state.lastPrompt }
        : {}),
    },
    result: {
      ...next.result,
      replies: [...first.result.replies, ...next.result.replies],
      followUps: [...(first.result.followUps ?? []), ...(next.result.followUps ?? [])],
      ...(first.result.faqMiss && !next.result.faqMiss ? { faqMiss: first.result.faqMiss } : {}),
      ...(first.result.endsIssue ? { endsIssue: true } : {}),
    },
  };
}
