import { describe, expect, it } from 'vitest';
import { renderAsText } from '../../../core/messages.js';
import { cannedReply, isOptInKeyword } from '../../../core/pipeline/canned-replies.js';

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
      cannedReply({ ...base, kind: 'audio', mediaUrl: 'u', contentType: 'audio/ogg' }, false),
    ).toBeNull();
    expect(
      cannedReply({ ...base, kind: 'image', mediaUrl: 'u', contentType: 'image/jpeg' }, false),
    ).toBeNull();
    const video = cannedReply({ ...base, kind: 'unsupported', description: 'a video' }, false);
    expect(video && renderAsText(video)).toMatch(/can't open a video/);
  });
  it('asks for a shorter message when the text was truncated, and nothing for normal text', () => {
    const long = cannedReply({ ...base, kind: 'text', text: 'x' }, true);
    expect(long && renderAsText(long)).toMatch(/shorter/);
    expect(cannedReply({ ...base, kind: 'text', text: 'hello' }, false)).toBeNull();
  });
  it('recognises START-style keywords only as whole messages', () => {
    expect(isOptInKeyword({ ...base, kind: 'text', text: 'START' })).toBe(true);
    expect(isOptInKeyword({ ...base, kind: 'text', text: 'start the keynote' })).toBe(false);
  });
});
