import { describe, expect, it } from 'vitest';
import {
  eventReferencePrefix,
  newTicketReference,
  normalizeTicketReference,
  TICKET_REFERENCE_PATTERN,
} from '../../../core/services/tickets/ticket-reference.js';

describe('ticket references', () => {
  it('look like DS26-7KQ4-XM2P: the event prefix and two groups without look-alike letters', () => {
    expect(eventReferencePrefix('DevSummit Lisbon 2026', new Date('2026-12-10T09:00:00Z'))).toBe('DS26');
    expect(eventReferencePrefix('rust conf', new Date('2027-05-01T09:00:00Z'))).toBe('RC27');
    for (let i = 0; i < 2000; i++) {
      const reference = newTicketReference('DS26');
      expect(reference).toMatch(TICKET_REFERENCE_PATTERN);
      expect(reference.slice(5)).not.toMatch(/[ILOU]/);
    }
  });

  it('are random enough not to repeat across many tickets', () => {
    const seen = new Set(Array.from({ length: 50_000 }, () => newTicketReference('DS26')));
    expect(seen.size).toBe(50_000);
  });

  it('read back what staff type: lower case, spaces, O for 0 and I/L for 1', () => {
    expect(normalizeTicketReference(' ds26 7kq4 xm2p ')).toBe('DS26-7KQ4-XM2P');
    expect(normalizeTicketReference('DS26-O1IL-XM2P')).toBe('DS26-0111-XM2P');
  });
});
