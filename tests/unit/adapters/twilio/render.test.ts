import { describe, expect, it } from 'vitest';
import { renderTwilioMessage, truncateBody } from '../../../../adapters/channels/twilio/render.js';

describe('renderTwilioMessage', () => {
  it('sends text as the body', () => {
    expect(renderTwilioMessage({ kind: 'text', text: 'Your ticket is booked.' })).toEqual({
      body: 'Your ticket is booked.',
    });
  });

  it('numbers button choices so a "1" or "2" reply works', () => {
    const rendered = renderTwilioMessage({
      kind: 'buttons',
      text: 'Claim the freed VIP seat?',
      buttons: [
        { id: 'claim', title: 'Yes, claim it' },
        { id: 'skip', title: 'No thanks' },
      ],
    });
    expect(rendered).toEqual({ body: 'Claim the freed VIP seat?\n\n1. Yes, claim it\n2. No thanks' });
  });

  it('numbers list rows with their descriptions', () => {
    const rendered = renderTwilioMessage({
      kind: 'list',
      text: 'Pick a session:',
      buttonText: 'Sessions',
      items: [
        { id: 's1', title: 'Keynote', description: '09:00, Main hall' },
        { id: 's2', title: 'Workshop' },
      ],
    });
    expect(rendered.body).toBe('Pick a session:\n\n1. Keynote — 09:00, Main hall\n2. Workshop');
  });

  it('sends an image as media with its caption', () => {
    const url = 'https://chat.example.org/qr/abc.png';
    expect(renderTwilioMessage({ kind: 'image', url, caption: 'Your check-in code' })).toEqual({
      mediaUrl: [url],
      body: 'Your check-in code',
    });
    expect(renderTwilioMessage({ kind: 'image', url })).toEqual({ mediaUrl: [url] });
  });

  it('sends a template as contentSid and JSON contentVariables', () => {
    const rendered = renderTwilioMessage({
      kind: 'template',
      templateId: 'HX0123456789abcdef0123456789abcdef',
      variables: { '1': 'Ana', '2': 'VIP' },
      fallbackText: 'Hi Ana, a VIP seat is free.',
    });
    expect(rendered).toEqual({
      contentSid: 'HX0123456789abcdef0123456789abcdef',
      contentVariables: '{"1":"Ana","2":"VIP"}',
    });
  });

  it('truncates bodies over 1600 characters with an ellipsis', () => {
    const { body } = renderTwilioMessage({ kind: 'text', text: 'x'.repeat(2000) });
    expect(body).toHaveLength(1600);
    expect(body?.endsWith('x…')).toBe(true);
    expect(renderTwilioMessage({ kind: 'text', text: 'y'.repeat(1600) }).body).toBe('y'.repeat(1600));
  });
});

describe('truncateBody', () => {
  it('does not split an emoji in half', () => {
    const body = `${'a'.repeat(8)}😀😀`;
    expect(truncateBody(body, 10)).toBe(`${'a'.repeat(8)}…`);
  });
});
