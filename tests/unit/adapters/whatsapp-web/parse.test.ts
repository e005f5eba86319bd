import { describe, expect, it } from 'vitest';
import { readWebMessage } from '../../../../adapters/channels/whatsapp-web/parse.js';
import { renderWebMessage } from '../../../../adapters/channels/whatsapp-web/render.js';
import { toWebSendError } from '../../../../adapters/channels/whatsapp-web/send.js';
import { fakeWebMessage } from '../../../contracts/fake-whatsapp-web-client.js';

const held: { data: Buffer; contentType: string }[] = [];
const options = {
  holdMedia: async (data: Buffer, contentType: string) => {
    held.push({ data, contentType });
    return `transient-media:${held.length}`;
  },
};

describe('reading WhatsApp Web messages', () => {
  it('ignores our own messages, groups, channels and status updates', async () => {
    const ignored = [
      fakeWebMessage({ from: '15550100101@c.us', type: 'chat', body: 'hi', fromMe: true }),
      fakeWebMessage({ from: '120363025246125486@g.us', type: 'chat', body: 'hi all' }),
      fakeWebMessage({ from: '120363025246125486@newsletter', type: 'chat', body: 'news' }),
      fakeWebMessage({ from: 'status@broadcast', type: 'image', isStatus: true }),
    ];
    for (const message of ignored) expect((await readWebMessage(message, options)).ok).toBe(false);
  });

  it('finds the number of a hidden-number (@lid) sender through its contact, and refuses one without', async () => {
    const shared = fakeWebMessage({ from: '81234567890123@lid', type: 'chat', body: 'hi' });
    shared.getContact = async () => ({ number: '15550100111' });
    expect(await readWebMessage(shared, options)).toMatchObject({
      ok: true,
      message: { from: '+15550100111' },
    });
    const hidden = fakeWebMessage({ from: '81234567890123@lid', type: 'chat', body: 'hi' });
    hidden.getContact = async () => ({ number: null });
    expect(await readWebMessage(hidden, options)).toEqual({
      ok: false,
      reason: 'sender has no phone number',
    });
  });

  it('keeps the profile name and never stores media bytes in the raw payload', async () => {
    const message = fakeWebMessage({
      from: '15550100101@c.us',
      type: 'ptt',
      media: { mimetype: 'audio/ogg; codecs=opus', data: Buffer.from('OggS voice').toString('base64') },
    });
    const parsed = await readWebMessage(message, options);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.message).toMatchObject({
      kind: 'audio',
      profileName: 'Ana Souza',
      mediaUrl: 'transient-media:1',
    });
    expect(JSON.stringify(parsed.message.raw)).not.toContain(Buffer.from('OggS voice').toString('base64'));
    expect(held.at(-1)?.data.toString()).toBe('OggS voice');
  });

  it('answers kindly instead of storing a sticker-like image, a too-large file or media that cannot be opened', async () => {
    const webp = fakeWebMessage({
      from: '15550100101@c.us',
      type: 'image',
      media: { mimetype: 'image/webp', data: 'AAAA' },
    });
    expect(await readWebMessage(webp, options)).toMatchObject({
      ok: true,
      message: { kind: 'unsupported', description: 'an image in an unsupported format' },
    });
    const big = fakeWebMessage({
      from: '15550100101@c.us',
      type: 'image',
      media: { mimetype: 'image/jpeg', data: Buffer.alloc(2048).toString('base64') },
    });
    expect(await readWebMessage(big, { ...options, maxMediaBytes: 1024 })).toMatchObject({
      ok: true,
      message: { kind: 'unsupported', description: 'an attachment that is too large' },
    });
    const gone = fakeWebMessage({ from: '15550100101@c.us', type: 'ptt' });
    expect(await readWebMessage(gone, options)).toMatchObject({
      ok: true,
      message: { kind: 'unsupported', description: 'a voice note we could not open' },
    });
  });
});

describe('rendering and errors on WhatsApp Web', () => {
  it('sends a template as its fallback text (no templates, no 24-hour window on WhatsApp Web)', () => {
    expect(
      renderWebMessage({
        kind: 'template',
        templateId: 'waitlist_offer_v1',
        variables: {},
        fallbackText: 'A seat is free',
      }),
    ).toEqual({ kind: 'text', text: 'A seat is free' });
  });

  it('cuts text at WhatsApp’s 4,096 characters', () => {
    const rendered = renderWebMessage({ kind: 'text', text: 'x'.repeat(5000) });
    expect(rendered.kind === 'text' && rendered.text.length).toBe(4096);
  });

  it('treats an unknown number as permanent and a closed page as transient', () => {
    expect(toWebSendError(new Error('No LID for user')).permanent).toBe(true);
    expect(
      toWebSendError(new Error('Protocol error (Runtime.callFunctionOn): Target closed.')).permanent,
    ).toBe(false);
  });
});
