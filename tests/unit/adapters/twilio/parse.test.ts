import { describe, expect, it } from 'vitest';
import { parseInboundWebhook } from '../../../../adapters/channels/twilio/parse.js';
import { loadTwilioWebhook } from '../../../fixtures/load-twilio-webhook.js';

const receivedAt = new Date('2026-11-23T10:00:00Z');

function parse(params: Record<string, unknown>) {
  const result = parseInboundWebhook(params, receivedAt);
  if (!result.ok) throw new Error(`expected a message, got: ${result.reason}`);
  return result.message;
}

describe('parseInboundWebhook', () => {
  it('reads a text message with the sender as E.164 and keeps the raw payload', () => {
    const params = loadTwilioWebhook('twilio-text');
    expect(parse(params)).toEqual({
      channel: 'whatsapp',
      kind: 'text',
      text: 'Hi! Can I get 2 VIP tickets for Saturday?',
      providerMessageId: 'SM8c2f0e6a4b1d3957a0e4c6b8d2f19a7e',
      from: '+15550100101',
      profileName: 'Ana Souza',
      receivedAt,
      raw: params,
    });
  });

  it('reads a voice note as audio with its media URL', () => {
    const message = parse(loadTwilioWebhook('twilio-voice-note'));
    expect(message).toMatchObject({ kind: 'audio', contentType: 'audio/ogg', from: '+15550100101' });
    expect(message.kind === 'audio' && message.mediaUrl).toMatch(
      /^https:\/\/api\.twilio\.com\/.+\/Media\/ME/,
    );
  });

  it('reads a photo as an image with its caption', () => {
    expect(parse(loadTwilioWebhook('twilio-image'))).toMatchObject({
      kind: 'image',
      contentType: 'image/jpeg',
      caption: 'This is me for check-in',
    });
  });

  it('leaves out the caption of a photo sent without text', () => {
    const message = parse({ ...loadTwilioWebhook('twilio-image'), Body: '' });
    expect(message.kind).toBe('image');
    expect(message).not.toHaveProperty('caption');
  });

  it('reads a PNG as an image', () => {
    const message = parse({ ...loadTwilioWebhook('twilio-image'), MediaContentType0: 'image/png' });
    expect(message).toMatchObject({ kind: 'image', contentType: 'image/png' });
  });

  it('turns a video into unsupported with a description', () => {
    expect(parse(loadTwilioWebhook('twilio-video'))).toMatchObject({
      kind: 'unsupported',
      contentType: 'video/mp4',
      description: 'a video',
    });
  });

  it.each([
    ['application/pdf', 'a document'],
    ['text/vcard', 'a contact card'],
    ['image/webp', 'a sticker'],
  ])('turns %s into unsupported (%s)', (contentType, description) => {
    const message = parse({ ...loadTwilioWebhook('twilio-video'), MediaContentType0: contentType });
    expect(message).toMatchObject({ kind: 'unsupported', contentType, description });
  });

  it('turns a shared location into unsupported', () => {
    expect(parse(loadTwilioWebhook('twilio-location'))).toMatchObject({
      kind: 'unsupported',
      description: 'a shared location',
    });
  });

  it('reads a button reply with its payload and text', () => {
    expect(parse(loadTwilioWebhook('twilio-button-reply'))).toMatchObject({
      kind: 'button',
      payload: 'claim_offer:7f3a',
      text: 'Yes, claim it',
    });
  });

  it('falls back to Body as the button text', () => {
    const { ButtonText: _, ...params } = loadTwilioWebhook('twilio-button-reply');
    expect(parse({ ...params, Body: 'Yes' })).toMatchObject({ kind: 'button', text: 'Yes' });
  });

  it('keeps a text longer than WhatsApp allows whole (the core truncates)', () => {
    const long = 'a'.repeat(5000);
    expect(parse({ ...loadTwilioWebhook('twilio-text'), Body: long })).toMatchObject({
      kind: 'text',
      text: long,
    });
  });

  it('omits profileName when Twilio sends none', () => {
    const { ProfileName: _, ...params } = loadTwilioWebhook('twilio-text');
    expect(parse(params)).not.toHaveProperty('profileName');
  });

  it('turns an empty body without media into unsupported', () => {
    for (const Body of ['', '   ']) {
      expect(parse({ ...loadTwilioWebhook('twilio-text'), Body })).toMatchObject({
        kind: 'unsupported',
        description: 'empty message',
      });
    }
  });

  it.each([
    ['MessageSid missing', { MessageSid: undefined }, 'missing MessageSid'],
    ['MessageSid too long', { MessageSid: `SM${'a'.repeat(80)}` }, 'missing MessageSid'],
    ['From missing', { From: undefined }, 'missing or invalid From'],
    ['From not a phone number', { From: 'whatsapp:ana' }, 'missing or invalid From'],
    ['NumMedia not a number', { NumMedia: 'two' }, 'invalid NumMedia'],
    ['NumMedia negative', { NumMedia: '-1' }, 'invalid NumMedia'],
    ['NumMedia without MediaUrl0', { NumMedia: '1' }, 'NumMedia > 0 without MediaUrl0'],
  ])('rejects a payload with %s', (_, change, reason) => {
    const params: Record<string, unknown> = { ...loadTwilioWebhook('twilio-text'), ...change };
    expect(parseInboundWebhook(params, receivedAt)).toEqual({ ok: false, reason });
  });

  it('rejects a payload that is not a message at all', () => {
    expect(parseInboundWebhook({}, receivedAt).ok).toBe(false);
  });
});
