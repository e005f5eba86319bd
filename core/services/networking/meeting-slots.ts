import { DateTime } from 'luxon';
import type { NetworkingSettings } from '../../../db/entities/event.entity.js';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Something that takes time from a person or a location. */
export interface BusyPeriod {
  meetingId?: string;
  startsAt: Date;
  endsAt: Date;
  attendeeIds: string[];
  /** Set for accepted meetings. */
  location: string | null;
}

/**
 * The one place to meet when the event file names none. Stored on meetings as this key and shown through the
 * catalogs ("the meeting point", "o ponto de encontro"): see `placeWords` in meeting-messages.ts.
 */
export const DEFAULT_MEETING_POINT = 'Meeting point';

/** Without settings in the event file: 20-minute slots, 10:00–17:00 on each event day, one meeting point. */
export function settingsOrDefault(
  settings: NetworkingSettings | null,
  event: { startsAt: Date; endsAt: Date; timezone: string },
): NetworkingSettings {
  if (settings && settings.hours.length > 0) return settings;
  const days: NetworkingSettings['hours'] = [];
  let day = DateTime.fromJSDate(event.startsAt, { zone: event.timezone }).startOf('day');
  const last = DateTime.fromJSDate(event.endsAt, { zone: event.timezone });
  while (day <= last && days.length < 14) {
    days.push({ date: day.toISODate()!, from: '10:00', to: '17:00' });
    day = day.plus({ days: 1 });
  }
  return {
    slotMinutes: settings?.slotMinutes ?? 20,
    locations: settings?.locations ?? [DEFAULT_MEETING_POINT],
    hours: days,
  };
}

function windows(s: NetworkingSettings, zone: string): { from: DateTime; to: DateTime }[] {
  return s.hours
    .map((h) => ({
      from: DateTime.fromISO(`${h.date}T${h.from}`, { zone }),
      to: DateTime.fromISO(`${h.date}T${h.to}`, { zone }),
    }))
    .filter((w) => w.from.isValid && w.to.isValid)
    .sort((a, b) => a.from.toMillis() - b.from.toMillis());
}

export type SlotProblem = 'outside_hours' | 'past';

/**
 * The slot a person asked for ("3pm", maybe with a date) in the event's zone. Without a date: the first
 * networking day, from today on, whose hours contain that time and where it is still ahead.
 */
export function requestedSlot(
  s: NetworkingSettings,
  zone: string,
  asked: { time: string; date?: string },
  now: Date,
): Slot | SlotProblem {
  const ws = windows(s, zone);
  const dates = asked.date ? [asked.date] : ws.map((w) => w.from.toISODate()!);
  let sawFuture = false;
  for (const date of dates) {
    const start = DateTime.fromISO(`${date}T${asked.time}`, { zone });
    if (!start.isValid) continue;
    const end = start.plus({ minutes: s.slotMinutes });
    if (end.toJSDate() <= now) continue;
    sawFuture = true;
    if (start.toJSDate() <= now) continue;
    if (ws.some((w) => start >= w.from && end <= w.to))
      return { startsAt: start.toJSDate(), endsAt: end.toJSDate() };
  }
  return asked.date && !sawFuture ? 'past' : 'outside_hours';
}

const overlaps = (a: Slot, b: Slot) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** A free location for the slot, or null when every table is taken (accepted meetings only). */
export function freeLocation(s: NetworkingSettings, slot: Slot, busy: readonly BusyPeriod[]): string | null {
  const taken = new Set(busy.filter((b) => b.location && overlaps(b, slot)).map((b) => b.location));
  return s.locations.find((l) => !taken.has(l)) ?? null;
}

/**
 * Whether both people are free and a table is left. Pending requests count for the people (a request holds
 * its time until answered) and against the tables, so more requests than tables cannot pile up on a slot.
 */
export function isFree(
  s: NetworkingSettings,
  slot: Slot,
  people: readonly string[],
  busy: readonly BusyPeriod[],
): boolean {
  if (!peopleFree(slot, people, busy)) return false;
  return busy.filter((b) => overlaps(b, slot)).length < Math.max(1, s.locations.length);
}

/** Whether none of these people has anything in `busy` overlapping the slot. */
export function peopleFree(slot: Slot, people: readonly string[], busy: readonly BusyPeriod[]): boolean {
  return !busy.some((b) => overlaps(b, slot) && b.attendeeIds.some((id) => people.includes(id)));
}

/**
 * The free slots nearest to `around` (or to now), on the slot grid of each networking window plus the asked
 * time itself, in the future: what we propose when the asked slot is taken.
 */
export function nearestFreeSlots(
  s: NetworkingSettings,
  zone: string,
  opts: { around?: Date; people: readonly string[]; busy: readonly BusyPeriod[]; now: Date; limit: number },
): Slot[] {
  const step = s.slotMinutes;
  const around = opts.around ?? opts.now;
  const starts = new Map<number, DateTime>();
  const pivot = DateTime.fromJSDate(around, { zone });
  for (const w of windows(s, zone)) {
    const fits = (t: DateTime) => t >= w.from && t.plus({ minutes: step }) <= w.to;
    for (let t = w.from; fits(t); t = t.plus({ minutes: step })) starts.set(t.toMillis(), t);
    // Back to back with the asked time too (14:40 and 15:20 around a taken 15:00), not only the grid.
    for (let k = 1; k <= 12; k++) {
      for (const t of [pivot.plus({ minutes: k * step }), pivot.minus({ minutes: k * step })]) {
        if (fits(t)) starts.set(t.toMillis(), t);
      }
    }
  }
  const candidates = [...starts.values()]
    .map((t) => ({ startsAt: t.toJSDate(), endsAt: t.plus({ minutes: step }).toJSDate() }))
    .filter((c) => c.startsAt > opts.now && c.startsAt.getTime() !== around.getTime())
    .sort(
      (a, b) =>
        Math.abs(a.startsAt.getTime() - around.getTime()) -
          Math.abs(b.startsAt.getTime() - around.getTime()) || a.startsAt.getTime() - b.startsAt.getTime(),
    );
  const free: Slot[] = [];
  for (const c of candidates) {
    if (free.length >= opts.limit) break;
    if (isFree(s, c, opts.people, opts.busy)) free.push(c);
  }
  return free.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
