import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../core/messages.js';
import { resolveChoice } from '../../../core/pipeline/resolve-choice.js';

const base = {
  channel: 'whatsapp' as const,
  providerMessageId: 'SM1',
  from: '+15550100101',
  receivedAt: new Date(),
  raw: {},
};
const text = (t: string): InboundMessage => ({ ...base, kind: 'text', text: t });
const buttons = [
  { id: 'intent:agenda', title: 'Agenda' },
  { id: 'faq:faq-wifi', title: 'Wi-Fi' },
  { id: 'confirm', title: 'Yes' },
];

describe('resolveChoice', () => {
  it('maps a button tap to its intent', () => {
    expect(
      resolveChoice({ ...base, kind: 'button', payload: 'intent:agenda', text: 'Agenda' }, undefined),
    ).toEqual({ understood: { intent: 'agenda', slots: {}, confidence: 1 } });
  });
  it('maps a numbered reply to the button shown at that position', () => {
    expect(resolveChoice(text(' 2 '), buttons)).toEqual({
      understood: { intent: 'faq', slots: { faq: 'faq-wifi' }, confidence: 1 },
    });
    expect(resolveChoice(text('3.'), buttons)?.understood.intent).toBe('confirm');
  });
  it('maps a typed button title', () => {
    expect(resolveChoice(text('agenda'), buttons)?.understood.intent).toBe('agenda');
  });
  it('turns act: buttons into an action with its argument', () => {
    const claim = resolveChoice(
      { ...base, kind: 'button', payload: 'act:claim-offer:1234-abcd', text: 'Claim' },
      undefined,
    );
    expect(claim?.action).toEqual({ name: 'claim-offer', arg: '1234-abcd' });
  });
  it('ignores numbers out of range, free text and unknown payloads', () => {
    expect(resolveChoice(text('7'), buttons)).toBeNull();
    expect(resolveChoice(text('2 vip tickets'), buttons)).toBeNull();
    expect(resolveChoice(text('2'), undefined)).toBeNull();
    expect(
      resolveChoice({ ...base, kind: 'button', payload: 'intent:launch_rockets', text: 'x' }, undefined),
    ).toBeNull();
  });
});
