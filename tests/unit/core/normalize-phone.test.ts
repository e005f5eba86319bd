import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../core/normalize-phone.js';

describe('normalizePhone', () => {
  it('returns E.164 for WhatsApp addresses and formatted numbers', () => {
    expect(normalizePhone('whatsapp:+15550100101')).toBe('+15550100101');
    expect(normalizePhone('+1 (555) 010-0101')).toBe('+15550100101');
    expect(normalizePhone('0035121000000')).toBe('+35121000000');
  });
  it('rejects what is not a phone number', () => {
    expect(normalizePhone('alice')).toBeNull();
    expect(normalizePhone('+12')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });
});
