import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../../core/catalog/event-file.js';
import { keepEventAhead } from '../../../core/catalog/keep-event-ahead.js';

// Issue 15, "Also": the demo stays bookable on any date although the fixture's dates are fixed.
const demo = () =>
  parseEventFile(
    JSON.parse(readFileSync(new URL('../../../fixtures/demo-event.json', import.meta.url), 'utf8')),
  );

describe('keepEventAhead (demo without --today)', () => {
  it('leaves an event that is still weeks away exactly as written', () => {
    const file = demo();
    expect(keepEventAhead(file, new Date('2026-11-01T12:00:00Z'))).toBe(file);
  });

  it('moves an event that is close or over to two weeks from today, keeping local times', () => {
    const file = demo();
    const moved = keepEventAhead(file, new Date('2027-03-01T12:00:00Z'));
    expect(moved.event.startsAt).toBe('2027-03-15T09:00:00.000+00:00');
    expect(moved.sessions.find((s) => s.id === 's-keynote')?.startsAt).toBe('2027-03-15T09:30:00.000+00:00');
    const soon = keepEventAhead(file, new Date('2026-12-05T12:00:00Z'));
    expect(Date.parse(soon.event.startsAt)).toBeGreaterThan(Date.parse('2026-12-18T00:00:00Z'));
  });
});
