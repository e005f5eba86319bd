import { describe, expect, it } from 'vitest';
import { sensitiveStep } from '../../../core/services/voice/sensitive-step.js';

const yes = { intent: 'confirm' as const, slots: {}, confidence: 0.9 };

describe('which voice notes spend money or share data (read back unless heard very surely)', () => {
  it('a yes to a booking or cancellation question is a money step', () => {
    expect(sensitiveStep(yes, { intent: 'book_tickets', awaiting: 'confirm' })).toBe('money');
    expect(sensitiveStep(yes, { intent: 'cancel_booking', awaiting: 'confirm' })).toBe('money');
  });

  it('a yes to sharing a contact or forgetting everything is a data step, and so is a profile change', () => {
    expect(sensitiveStep(yes, { intent: 'sponsor_interest', awaiting: 'confirm' })).toBe('data');
    expect(sensitiveStep(yes, { intent: 'forget_me', awaiting: 'confirm' })).toBe('data');
    expect(sensitiveStep({ intent: 'update_profile', slots: {}, confidence: 0.9 }, null)).toBe('data');
  });

  it('a question, a no, or a yes with nothing pending is not', () => {
    expect(sensitiveStep({ intent: 'faq', slots: {}, confidence: 0.9 }, null)).toBeNull();
    expect(
      sensitiveStep({ ...yes, intent: 'deny' }, { intent: 'book_tickets', awaiting: 'confirm' }),
    ).toBeNull();
    expect(sensitiveStep(yes, null)).toBeNull();
    expect(sensitiveStep(yes, { intent: 'book_tickets', awaiting: 'quantity' })).toBeNull();
  });
});
