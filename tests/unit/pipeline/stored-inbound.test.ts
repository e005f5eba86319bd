import { describe, expect, it } from 'vitest';
import { inboundPayloadSchema, voiceTranscriptSchema } from '../../../core/pipeline/stored-inbound.js';

const envelope = { channel: 'whatsapp', providerMessageId: 'SM1', from: '+15550100101' };

describe('the stored inbound payload', () => {
  it('parses each kind of message as recordInbound stores it, dropping the provider payload', () => {
    expect(
      inboundPayloadSchema.parse({ ...envelope, kind: 'text', text: 'hi', raw: { Body: 'hi' } }),
    ).toEqual({
      ...envelope,
      kind: 'text',
      text: 'hi',
    });
    expect(
      inboundPayloadSchema.parse({ ...envelope, kind: 'button', payload: 'intent:agenda', text: 'Agenda' }),
    ).toMatchObject({ kind: 'button', payload: 'intent:agenda' });
    expect(
      inboundPayloadSchema.parse({
        ...envelope,
        kind: 'image',
        mediaUrl: 'https://m.test/1',
        contentType: 'image/jpeg',
      }),
    ).toMatchObject({ kind: 'image', mediaUrl: 'https://m.test/1' });
  });

  it('refuses a payload that is not a message we know', () => {
    expect(inboundPayloadSchema.safeParse({ ...envelope, kind: 'sticker' }).success).toBe(false);
    expect(inboundPayloadSchema.safeParse({ ...envelope, kind: 'text' }).success).toBe(false);
    expect(
      inboundPayloadSchema.safeParse({ ...envelope, channel: 'sms', kind: 'text', text: 'x' }).success,
    ).toBe(false);
  });

  it('parses a voice transcript, heard or failed', () => {
    const heard = { text: 'two tickets', confidence: 0.8, provider: 'pocketsphinx', seconds: 2, ms: 300 };
    expect(voiceTranscriptSchema.parse(heard)).toEqual(heard);
    expect(voiceTranscriptSchema.parse({ failure: 'silence', detail: 'rms 0.0001' })).toEqual({
      failure: 'silence',
      detail: 'rms 0.0001',
    });
    expect(voiceTranscriptSchema.safeParse({ failure: 'gremlins', detail: '' }).success).toBe(false);
  });
});
