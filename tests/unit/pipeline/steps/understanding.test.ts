import { describe, expect, it } from 'vitest';
import { understanding } from '../../../../core/pipeline/steps/understanding.js';
import { inboundText, inboundTurn, restOfChain } from '../../../support/message-context.js';

const lastButtons = [
  { id: 'intent:agenda', title: 'Agenda' },
  { id: 'act:claim-offer:p1', title: 'Claim' },
];
const nluReading = { intent: 'book_tickets' as const, slots: { quantity: 2 }, confidence: 0.9 };

describe('the understanding step', () => {
  it('reads "1" against the choices we offered, without the NLU', async () => {
    const turn = inboundTurn({
      inbound: inboundText('1'),
      understood: nluReading,
      state: { misunderstood: 0, lastButtons },
    });
    const rest = restOfChain(turn);
    await understanding(turn, rest.next);
    expect(rest.seen[0]?.understood).toEqual({ intent: 'agenda', slots: {}, confidence: 1 });
    expect(rest.seen[0]?.action).toBeUndefined();
  });

  it('turns an action button into its action', async () => {
    const turn = inboundTurn({ inbound: inboundText('Claim'), state: { misunderstood: 0, lastButtons } });
    const rest = restOfChain(turn);
    await understanding(turn, rest.next);
    expect(rest.seen[0]?.action).toEqual({ name: 'claim-offer', arg: 'p1' });
  });

  it("keeps the NLU's reading for free text, and for a voice note's transcript even when it says a number", async () => {
    const typed = inboundTurn({
      inbound: inboundText('two tickets'),
      understood: nluReading,
      state: { misunderstood: 0, lastButtons },
    });
    const rest = restOfChain(typed);
    await understanding(typed, rest.next);
    expect(rest.seen).toEqual([typed]);

    const spoken = inboundTurn({
      inbound: inboundText('1'),
      understood: nluReading,
      state: { misunderstood: 0, lastButtons },
      voice: { text: 'one' },
    });
    const heard = restOfChain(spoken);
    await understanding(spoken, heard.next);
    expect(heard.seen[0]?.understood).toEqual(nluReading);
  });
});
