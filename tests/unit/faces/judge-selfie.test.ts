import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { renderAsText } from '../../../core/messages.js';
import type { DetectedFace } from '../../../core/ports/faces.js';
import { alreadyCheckedIn } from '../../../core/replies/check-in-replies.js';
import { checkInWindow, faceDataExpiry } from '../../../core/services/faces/face-retention.js';
import { judgeSelfie } from '../../../core/services/faces/judge-selfie.js';

const face = (width: number, sharpness: number): DetectedFace => ({
  descriptor: new Float32Array(128),
  score: 0.9,
  box: { x: 0, y: 0, width, height: width * 1.3 },
  sharpness,
});
const photo = (...faces: DetectedFace[]) => ({ width: 1000, height: 1000, faces });

describe('judgeSelfie', () => {
  it('accepts exactly one face that is big and sharp enough, and names each problem', () => {
    expect(judgeSelfie(photo(face(200, 500)))).toMatchObject({ ok: true });
    expect(judgeSelfie(photo())).toEqual({ ok: false, problem: 'no_face' });
    expect(judgeSelfie(photo(face(200, 500), face(150, 400)))).toEqual({ ok: false, problem: 'two_faces' });
    expect(judgeSelfie(photo(face(60, 500)))).toEqual({ ok: false, problem: 'too_small' });
    expect(judgeSelfie(photo(face(200, 20)))).toEqual({ ok: false, problem: 'blurry' });
  });
});

describe('check-in window and retention', () => {
  // 10 Dec 09:00 UTC → 11 Dec 18:00 UTC; Lisbon is UTC+0 in December, São Paulo UTC−3.
  const event = {
    startsAt: new Date('2026-12-10T09:00:00Z'),
    endsAt: new Date('2026-12-11T18:00:00Z'),
    timezone: 'Europe/Lisbon',
  };

  it('is open on the event days in the event time zone', () => {
    expect(checkInWindow(event, new Date('2026-12-10T00:30:00Z')).open).toBe(true);
    expect(checkInWindow(event, new Date('2026-12-11T23:30:00Z')).open).toBe(true);
    expect(checkInWindow(event, new Date('2026-12-09T23:59:00Z')).open).toBe(false);
    expect(checkInWindow(event, new Date('2026-12-12T00:00:01Z')).open).toBe(false);
    const saoPaulo = { ...event, timezone: 'America/Sao_Paulo' };
    // 02:00 UTC on the 10th is still the 9th in São Paulo.
    expect(checkInWindow(saoPaulo, new Date('2026-12-10T02:00:00Z')).open).toBe(false);
  });

  it("follows the organizer's window when the event sets one", () => {
    // The evening before (badge pick-up) until noon on day one.
    const early = {
      ...event,
      checkInOpensAt: new Date('2026-12-09T17:00:00Z'),
      checkInClosesAt: new Date('2026-12-10T12:00:00Z'),
    };
    expect(checkInWindow(early, new Date('2026-12-09T16:59:00Z')).open).toBe(false);
    expect(checkInWindow(early, new Date('2026-12-09T18:00:00Z')).open).toBe(true);
    expect(checkInWindow(early, new Date('2026-12-10T12:00:01Z')).open).toBe(false);
    expect(checkInWindow(early, new Date('2026-12-10T12:00:01Z')).opensAt.toISO()).toBe(
      '2026-12-09T17:00:00.000+00:00',
    );
  });

  it("deletes face data the retention period after the event ends (the event's own, else the default)", () => {
    expect(faceDataExpiry(event, 7).toISOString()).toBe('2026-12-18T18:00:00.000Z');
    expect(faceDataExpiry({ ...event, faceRetentionDays: 1 }, 7).toISOString()).toBe(
      '2026-12-12T18:00:00.000Z',
    );
    expect(faceDataExpiry({ ...event, faceRetentionDays: 0 }, 7).toISOString()).toBe(
      '2026-12-11T18:00:00.000Z',
    );
  });
});

describe('alreadyCheckedIn', () => {
  it('says "today" only when the check-in was on the same day in the event time zone', () => {
    const at = DateTime.fromISO('2026-12-10T09:05:00Z', { zone: 'Europe/Lisbon' });
    expect(renderAsText(alreadyCheckedIn(at, new Date('2026-12-10T17:00:00Z'), 'en'))).toContain(
      'since 09:05 today',
    );
    expect(renderAsText(alreadyCheckedIn(at, new Date('2026-12-11T08:00:00Z'), 'en'))).toContain(
      'since 09:05 on Thursday 10 December',
    );
  });
});
