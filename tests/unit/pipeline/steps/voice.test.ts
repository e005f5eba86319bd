import { describe, expect, it } from 'vitest';
import type { Handled } from '../../../../core/pipeline/inbound-turn.js';
import { voice } from '../../../../core/pipeline/steps/voice.js';
import { emptyDialogState } from '../../../../core/router/dialog-state.js';
import { inboundTurn, restOfChain } from '../../../support/message-context.js';

const routed: Handled = {
  kind: 'routed',
  outcome: {
    intent: 'agenda',
    result: { replies: [{ kind: 'text', text: 'The keynote is at 9:00.' }] },
    state: emptyDialogState(),
  },
};

describe('the voice step', () => {
  it('answers a voice note it could not use, without routing it', async () => {
    const turn = inboundTurn({ voice: { reply: { kind: 'say', id: 'voice.unclear' } } });
    const rest = restOfChain(turn, routed);
    expect(await voice(turn, rest.next)).toEqual({
      kind: 'voice_reply',
      reply: { kind: 'text', text: "I couldn't make that out — could you type it or try again?" },
    });
    expect(rest.seen).toEqual([]);
  });

  it("words its replies in the person's language: a Portuguese speaker is asked to type", async () => {
    const turn = {
      ...inboundTurn({ voice: { reply: { kind: 'say', id: 'voice.language' } } }),
      locale: 'pt' as const,
    };
    expect(await voice(turn, restOfChain(turn, routed).next)).toEqual({
      kind: 'voice_reply',
      reply: {
        kind: 'text',
        text: 'Por enquanto só percebo notas de voz em inglês. Pode escrever a sua mensagem, por favor?',
      },
    });
  });

  it("reads an unsure note back with Yes/No buttons in the person's language", async () => {
    const turn = {
      ...inboundTurn({
        voice: { reply: { kind: 'unsure', heard: 'book two vip tickets', messageId: 'm1' } },
      }),
      locale: 'es' as const,
    };
    const handled = await voice(turn, restOfChain(turn, routed).next);
    expect(handled).toEqual({
      kind: 'voice_reply',
      reply: {
        kind: 'buttons',
        text: '🎤 Entendí: “book two vip tickets”, pero no estoy seguro de haberlo entendido bien. ¿Sigo adelante con eso?',
        buttons: [
          { id: 'act:voice-yes:m1', title: 'Sí, adelante' },
          { id: 'act:voice-no:m1', title: 'No, es incorrecto' },
        ],
      },
    });
  });

  it('routes a voice note heard well and puts "I heard" before the answer', async () => {
    const turn = inboundTurn({ voice: { text: 'when is the keynote', heard: 'when is the keynote' } });
    const handled = await voice(turn, restOfChain(turn, routed).next);
    expect(
      handled.kind === 'routed' && handled.outcome.result.replies.map((r) => r.kind === 'text' && r.text),
    ).toEqual(['🎤 I heard: “when is the keynote”', 'The keynote is at 9:00.']);
  });

  it('leaves typed messages to the rest of the chain untouched', async () => {
    const turn = inboundTurn();
    const rest = restOfChain(turn, routed);
    expect(await voice(turn, rest.next)).toBe(routed);
    expect(rest.seen).toEqual([turn]);
  });
});
