import { describe, expect, it } from 'vitest';
import { effectsOf } from '../../../core/pipeline/handled-effects.js';
import { inboundTurn } from '../../support/message-context.js';

const state = { misunderstood: 1, lastButtons: [{ id: 'intent:agenda', title: 'Agenda' }] };

describe('what a handled message leaves behind', () => {
  it('relays a message during a handoff without a reply, recorded as a handoff relay', () => {
    const turn = inboundTurn({ messageId: 'm7', state });
    expect(effectsOf(turn, { kind: 'handoff_relay', handoffId: 'h1' })).toEqual({
      replies: [],
      followUps: [{ kind: 'handoff-message', handoffId: 'h1', messageId: 'm7' }],
      state,
      handledAs: 'handoff_relay',
    });
  });

  it('records START as an opt-in and keeps the dialog state', () => {
    const reply = { kind: 'text' as const, text: 'Welcome back' };
    expect(effectsOf(inboundTurn({ state }), { kind: 'opt_in', result: { replies: [reply] } })).toEqual({
      replies: [reply],
      followUps: [],
      state,
      handledAs: 'opt_in',
    });
  });

  it("remembers a voice question's buttons, so a typed 1 answers it; canned replies change nothing", () => {
    const question = {
      kind: 'buttons' as const,
      text: 'Go ahead?',
      buttons: [{ id: 'act:voice-yes:m1', title: 'Yes' }],
    };
    const voice = effectsOf(inboundTurn({ state }), { kind: 'voice_reply', reply: question });
    expect(voice).toMatchObject({ replies: [question], handledAs: null });
    expect(voice.state.lastButtons).toEqual(question.buttons);

    const canned = { kind: 'text' as const, text: 'Your message looked empty.' };
    expect(effectsOf(inboundTurn({ state }), { kind: 'canned_reply', reply: canned })).toEqual({
      replies: [canned],
      followUps: [],
      state,
      handledAs: null,
    });
  });
});
