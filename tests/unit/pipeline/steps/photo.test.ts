import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../../core/messages.js';
import { photo } from '../../../../core/pipeline/steps/photo.js';
import { SkillRegistry } from '../../../../core/router/skill.js';
import { inboundTurn, NOW, restOfChain } from '../../../support/message-context.js';

const image: InboundMessage = {
  kind: 'image',
  channel: 'whatsapp',
  providerMessageId: 'SM1',
  from: '+15550100101',
  mediaUrl: 'https://media.test/1',
  contentType: 'image/jpeg',
  receivedAt: NOW,
  raw: {},
};

const selfies = new SkillRegistry({}).onPhoto(async (ctx) => ({
  replies: [{ kind: 'text', text: `photo as ${ctx.understood.intent}, faces ${ctx.selfie?.status}` }],
}));

describe('the photo step', () => {
  it('gives a photo and its faces to the photo skill, as a check-in', async () => {
    const turn = inboundTurn({ inbound: image, selfie: { status: 'not_analysed' } });
    const rest = restOfChain(turn);
    const handled = await photo(selfies)(turn, rest.next);
    expect(handled).toMatchObject({
      kind: 'routed',
      outcome: {
        intent: 'checkin',
        result: { replies: [{ kind: 'text', text: 'photo as checkin, faces not_analysed' }] },
      },
    });
    expect(rest.seen).toEqual([]);
  });

  it('passes other messages on, and photos too when no photo skill is registered', async () => {
    const text = inboundTurn();
    const rest = restOfChain(text);
    await photo(selfies)(text, rest.next);
    expect(rest.seen).toEqual([text]);

    const picture = inboundTurn({ inbound: image });
    const withoutSkill = restOfChain(picture);
    await photo(new SkillRegistry({}))(picture, withoutSkill.next);
    expect(withoutSkill.seen).toEqual([picture]);
  });
});
