import { describe, expect, it } from 'vitest';
import { isOptInKeyword, optIn } from '../../../../core/pipeline/steps/opt-in.js';
import type { Skill } from '../../../../core/router/skill.js';
import { inboundText, inboundTurn, restOfChain } from '../../../support/message-context.js';

const welcomeBack: Skill = async (ctx) => ({
  replies: [{ kind: 'text', text: `updates on for ${ctx.contact.id}` }],
});

describe('the opt-in step', () => {
  it('answers START with the opt-in skill, as a typed opt-in rather than an intent', async () => {
    const turn = inboundTurn({ inbound: inboundText('START') });
    const rest = restOfChain(turn);
    expect(await optIn(welcomeBack)(turn, rest.next)).toEqual({
      kind: 'opt_in',
      result: { replies: [{ kind: 'text', text: 'updates on for c' }] },
    });
    expect(rest.seen).toEqual([]);
  });

  it('passes every other message on, including sentences that merely contain "start"', async () => {
    const turn = inboundTurn({ inbound: inboundText('when does the keynote start?') });
    const rest = restOfChain(turn);
    await optIn(welcomeBack)(turn, rest.next);
    expect(rest.seen).toEqual([turn]);
  });

  it('recognises START-style keywords only as whole messages', () => {
    expect(isOptInKeyword(inboundText('START'))).toBe(true);
    expect(isOptInKeyword(inboundText(' unstop! '))).toBe(true);
    expect(isOptInKeyword(inboundText('start the keynote'))).toBe(false);
  });
});
