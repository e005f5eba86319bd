import { describe, expect, it } from 'vitest';
import { renderAsText } from '../../../../core/messages.js';
import { cannedReplies, cannedReply } from '../../../../core/pipeline/steps/canned-replies.js';
import { inboundText, inboundTurn, restOfChain } from '../../../support/message-context.js';

const base = {
  channel: 'whatsapp' as const,
  providerMessageId: 'SM1',
  from: '+15550100101',
  receivedAt: new Date(),
  raw: {},
};

describe('cannedReply', () => {
  it('asks for text instead of a video; voice notes and photos are left to transcription and the photo skill', () => {
    expect(
      cannedReply({ ...base, kind: 'audio', mediaUrl: 'u', contentType: 'audio/ogg' }, false, 'en'),
    ).toBeNull();
    expect(
      cannedReply({ ...base, kind: 'image', mediaUrl: 'u', contentType: 'image/jpeg' }, false, 'en'),
    ).toBeNull();
    const video = cannedReply({ ...base, kind: 'unsupported', description: 'a video' }, false, 'en');
    expect(video && renderAsText(video)).toMatch(/can't open a video/);
  });
  it('asks for a shorter message when the text was truncated, and nothing for normal text', () => {
    const long = cannedReply({ ...base, kind: 'text', text: 'x' }, true, 'en');
    expect(long && renderAsText(long)).toMatch(/shorter/);
    expect(cannedReply({ ...base, kind: 'text', text: 'hello' }, false, 'en')).toBeNull();
  });
});

describe('the canned replies step', () => {
  it('answers an empty or truncated text itself and passes readable text on to understanding', async () => {
    const empty = inboundTurn({ inbound: inboundText('   ') });
    const answered = await cannedReplies(empty, restOfChain(empty).next);
    expect(answered).toMatchObject({ kind: 'canned_reply', reply: { text: /looked empty/ } });

    const truncated = inboundTurn({ inbound: inboundText('x'.repeat(50)), truncated: true });
    expect(await cannedReplies(truncated, restOfChain(truncated).next)).toMatchObject({
      kind: 'canned_reply',
      reply: { text: /shorter question/ },
    });

    const readable = inboundTurn({ inbound: inboundText('two vip tickets') });
    const rest = restOfChain(readable);
    expect(await cannedReplies(readable, rest.next)).toMatchObject({
      reply: { text: '(rest of the chain)' },
    });
    expect(rest.seen).toEqual([readable]);
  });
});
