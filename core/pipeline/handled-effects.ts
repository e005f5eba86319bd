import type { OutboundMessage } from '../messages.js';
import type { DialogState } from '../router/dialog-state.js';
import type { FollowUp } from '../router/skill.js';
import type { Handled, HandledAs, InboundTurn } from './inbound-turn.js';
import { withButtonsOf } from './voice-input.js';

/** What a handled message leaves behind: replies, background work, the next dialog state, how it is recorded. */
export interface HandledEffects {
  replies: OutboundMessage[];
  followUps: FollowUp[];
  state: DialogState;
  handledAs: HandledAs | null;
}

export function effectsOf(turn: InboundTurn, handled: Handled): HandledEffects {
  switch (handled.kind) {
    case 'opt_in':
      return {
        replies: handled.result.replies,
        followUps: handled.result.followUps ?? [],
        state: turn.state,
        handledAs: 'opt_in',
      };
    case 'handoff_relay':
      return {
        replies: [],
        followUps: [{ kind: 'handoff-message', handoffId: handled.handoffId, messageId: turn.messageId }],
        state: turn.state,
        handledAs: 'handoff_relay',
      };
    case 'voice_reply':
      // Remember its buttons, so a typed "1" picks the first.
      return {
        replies: [handled.reply],
        followUps: [],
        state: withButtonsOf(turn.state, handled.reply),
        handledAs: null,
      };
    case 'canned_reply':
      return { replies: [handled.reply], followUps: [], state: turn.state, handledAs: null };
    case 'routed': {
      const { intent, result, state } = handled.outcome;
      return { replies: result.replies, followUps: result.followUps ?? [], state, handledAs: intent };
    }
  }
}
