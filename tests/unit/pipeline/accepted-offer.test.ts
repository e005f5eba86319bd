import { describe, expect, it } from 'vitest';
import type { Understood } from '../../../core/nlu/label-schema.js';
import { acceptedOffer } from '../../../core/pipeline/accepted-offer.js';
import { numberedAnswer } from '../../../core/pipeline/resolve-choice.js';

const soldOutOffer = [
  { id: 'act:join-waitlist:vip:2', title: 'Join waiting list' },
  { id: 'intent:book_tickets', title: 'Other tickets' },
];
const said = (intent: Understood['intent'], slots: Understood['slots'] = {}): Understood => ({
  intent,
  slots,
  confidence: 0.6,
});

describe('acceptedOffer', () => {
  it('takes the offer on a yes in words, with the slots the offer carried', () => {
    expect(acceptedOffer(said('confirm'), soldOutOffer, undefined)).toEqual({
      understood: { intent: 'confirm', slots: {}, confidence: 1 },
      action: { name: 'join-waitlist', arg: 'vip:2' },
    });
  });

  it('takes the action the words restate, even without a yes', () => {
    expect(acceptedOffer(said('join_waitlist'), soldOutOffer, undefined)?.action).toEqual({
      name: 'join-waitlist',
      arg: 'vip:2',
    });
    expect(acceptedOffer(said('join_waitlist', { tier: 'vip' }), soldOutOffer, undefined)?.action?.arg).toBe(
      'vip:2',
    );
  });

  it('leaves a new request alone: another tier, another intent, or no action buttons', () => {
    expect(acceptedOffer(said('join_waitlist', { tier: 'student' }), soldOutOffer, undefined)).toBeNull();
    expect(acceptedOffer(said('agenda'), soldOutOffer, undefined)).toBeNull();
    expect(acceptedOffer(said('confirm'), [{ id: 'intent:agenda', title: 'Agenda' }], undefined)).toBeNull();
  });

  it('lets the router resume a pending question instead', () => {
    const pending = {
      intent: 'book_tickets' as const,
      slots: { quantity: 2 },
      awaiting: 'tier' as const,
      askedAt: new Date().toISOString(),
    };
    expect(acceptedOffer(said('confirm'), soldOutOffer, pending)).toBeNull();
  });
});

describe('numberedAnswer', () => {
  it('reads plain, punctuated, keycap and full-width digits', () => {
    expect(numberedAnswer('2')).toBe(2);
    expect(numberedAnswer(' 3) ')).toBe(3);
    expect(numberedAnswer('2️⃣')).toBe(2);
    expect(numberedAnswer('７')).toBe(7);
  });

  it('is null for anything more than a number', () => {
    expect(numberedAnswer('2 tickets')).toBeNull();
    expect(numberedAnswer('yes')).toBeNull();
  });
});
