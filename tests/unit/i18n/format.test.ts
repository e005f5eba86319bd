import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../core/format-money.js';
import { formatDay, formatTime } from '../../../core/i18n/format-time.js';

describe('money, times and dates for the locale and the event zone', () => {
  it('formats money the way each language writes it', () => {
    expect(formatMoney(49900, 'EUR')).toBe('€499.00');
    expect(formatMoney(149700, 'EUR', 'en')).toBe('€1,497.00');
    expect(formatMoney(149700, 'EUR', 'pt').replace(/\s/g, ' ')).toBe('1497,00 €');
    expect(formatMoney(149700, 'EUR', 'es').replace(/\s/g, ' ')).toBe('1497,00 €');
  });

  it("formats times and dates in the event's zone, not the server's", () => {
    const at = new Date('2026-12-10T23:30:00Z');
    expect(formatTime(at, 'Europe/Lisbon', 'en')).toBe('23:30');
    expect(formatTime(at, 'America/Sao_Paulo', 'pt')).toBe('20:30');
    expect(formatTime(at, 'Europe/Madrid', 'es')).toBe('00:30');
    expect(formatDay(at, 'Europe/Madrid', 'es')).toBe('viernes, 11 de diciembre');
    expect(formatDay(at, 'Europe/Lisbon', 'pt')).toBe('quinta-feira, 10 de dezembro');
    expect(formatDay(at, 'Europe/Lisbon', 'en')).toBe('Thursday, 10 December');
  });
});
