import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../../core/catalog/event-file.js';
import { vatInside } from '../../../core/services/payments/included-vat.js';

const demo = () =>
  JSON.parse(readFileSync(new URL('../../../fixtures/demo-event.json', import.meta.url), 'utf8')) as {
    event: Record<string, unknown>;
  };

describe('VAT included in a price (receipts)', () => {
  it('splits VAT out of a VAT-inclusive total, to the cent', () => {
    expect(vatInside(99_800, 2300)).toBe(18_662); // €998.00 at 23 %: €186.62
    expect(vatInside(49_900, 2300)).toBe(9_331);
    expect(vatInside(10_650, 650)).toBe(650); // €106.50 at 6.5 %: €6.50
    expect(vatInside(12_300, 0)).toBe(0);
  });

  it('reads vatRate from the event file: a percent with at most two decimals, 0 to 100', () => {
    expect(parseEventFile(demo()).event.vatRate).toBe(23);
    const withRate = (vatRate: unknown) => {
      const file = demo();
      file.event.vatRate = vatRate;
      return () => parseEventFile(file);
    };
    expect(withRate(6.5)().event.vatRate).toBe(6.5);
    expect(withRate(-5)).toThrow();
    expect(withRate(120)).toThrow();
    expect(withRate('23%')).toThrow();
    expect(withRate(23.456)).toThrow(/two decimals/);
  });
});
