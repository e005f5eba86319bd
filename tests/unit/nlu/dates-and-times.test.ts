import { describe, expect, it } from 'vitest';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const before = evaluationNow(catalog);
/** During the event's first day (10 Dec 2026, Europe/Lisbon). */
const duringDayOne = new Date('2026-12-10T10:00:00Z');
const slotsOf = (text: string, now = before, c: EventCatalog = catalog) => understandText(text, c, now).slots;

describe('times of day', () => {
  it('reads "3pm", "2:30 pm", "14:00", "noon" and "half past two" as HH:MM', () => {
    expect(slotsOf('can I meet Grace at 3pm?').time).toBe('15:00');
    expect(slotsOf('arrange a meeting with alice martins at 2:30 pm').time).toBe('14:30');
    expect(slotsOf('meet Bob at 14:00').time).toBe('14:00');
    expect(slotsOf('meet Bob at noon').time).toBe('12:00');
    expect(slotsOf('meet Bob at half past two').time).toBe('14:30');
    expect(slotsOf('meet Bob at 9am').time).toBe('09:00');
    expect(slotsOf('reunion con nadia a las 3').time).toBe('15:00');
    expect(slotsOf('marcar reunião com a priya às 10h30').time).toBe('10:30');
  });

  it('places a bare hour inside the conference day unless morning or evening is said', () => {
    expect(slotsOf('book a chat with Emeka Obi at 11').time).toBe('11:00');
    expect(slotsOf('meet Bob at 2').time).toBe('14:00');
    expect(slotsOf('meet Bob at 7 in the morning').time).toBe('07:00');
  });
});

describe('dates in the event time zone', () => {
  it('resolves "day 2", "second day", weekday names and month-day dates to the event days', () => {
    expect(slotsOf("what's happening on day 2").date).toBe('2026-12-11');
    expect(slotsOf('what sessions are on the second day').date).toBe('2026-12-11');
    expect(slotsOf('book a meeting with dimitri at 11am on thursday').date).toBe('2026-12-10');
    expect(slotsOf('meet Bob on Dec 10').date).toBe('2026-12-10');
    expect(slotsOf('meet Bob on 11 December').date).toBe('2026-12-11');
    expect(slotsOf('meet Bob on the 10th of december').date).toBe('2026-12-10');
    expect(slotsOf('reunión con Bob el 11 de diciembre').date).toBe('2026-12-11');
  });

  it('resolves "today" and "tomorrow" from now, and only names a date when it is an event day', () => {
    expect(slotsOf('what is on today', duringDayOne).date).toBe('2026-12-10');
    expect(slotsOf('meet Bob tomorrow at 11', duringDayOne)).toEqual({
      person: 'a-bob',
      time: '11:00',
      date: '2026-12-11',
    });
    expect(slotsOf('meet Bob tomorrow at 11', before)).toEqual({ person: 'a-bob', time: '11:00' });
  });

  it('uses the event time zone, not UTC, for "today"', () => {
    const tokyo: EventCatalog = {
      ...catalog,
      timezone: 'Asia/Tokyo',
      startsAt: '2026-12-10T00:00:00+09:00',
      endsAt: '2026-12-11T18:00:00+09:00',
    };
    // 20:00 UTC on 9 Dec is already 05:00 on 10 Dec in Tokyo.
    const lateUtc = new Date('2026-12-09T20:00:00Z');
    expect(slotsOf("what's on today", lateUtc, tokyo).date).toBe('2026-12-10');
    expect(slotsOf("what's on tomorrow", lateUtc, tokyo).date).toBe('2026-12-11');
  });
});
