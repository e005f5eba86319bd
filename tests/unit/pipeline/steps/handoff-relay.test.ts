import { describe, expect, it } from 'vitest';
import { handoffRelay } from '../../../../core/pipeline/steps/handoff-relay.js';
import { inboundTurn, restOfChain } from '../../../support/message-context.js';

describe('the handoff relay step', () => {
  it('keeps the bot quiet while a person handles the conversation: the message goes to their thread', async () => {
    const turn = inboundTurn({ conversationId: 'conv-1' });
    const asked: string[] = [];
    const step = handoffRelay(async (_em, conversationId) => {
      asked.push(conversationId);
      return 'handoff-1';
    });
    const rest = restOfChain(turn);
    expect(await step(turn, rest.next)).toEqual({ kind: 'handoff_relay', handoffId: 'handoff-1' });
    expect(asked).toEqual(['conv-1']);
    expect(rest.seen).toEqual([]);
  });

  it('lets the bot answer when no handoff is open, or when organizers cannot answer at all', async () => {
    const turn = inboundTurn();
    const none = restOfChain(turn);
    await handoffRelay(async () => null)(turn, none.next);
    expect(none.seen).toEqual([turn]);

    // Without a handoff channel nothing is looked up (the turn's database would fail the test).
    const unrelayed = restOfChain(turn);
    await handoffRelay(null)(turn, unrelayed.next);
    expect(unrelayed.seen).toEqual([turn]);
  });
});
