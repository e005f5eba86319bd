import { describe, expect, it } from 'vitest';
import {
  createTemplateDirectory,
  pickTemplateSid,
} from '../../../../adapters/channels/twilio/templates/template-directory.js';
import type { StoredTemplate } from '../../../../core/services/templates/template-sids.js';

const row = (language: string, version: number, approval: string, contentSid: string): StoredTemplate => ({
  name: 'waitlist_offer',
  language,
  version,
  contentSid,
  approval,
});

describe('finding a template’s Content SID by name and language', () => {
  const stored = [
    row('en', 1, 'approved', 'HX-en-1'),
    row('en', 2, 'pending', 'HX-en-2'),
    row('pt', 1, 'approved', 'HX-pt-1'),
    row('pt', 2, 'approved', 'HX-pt-2'),
  ];

  it('sends the newest approved version in the person’s language', () => {
    expect(pickTemplateSid(stored, 'waitlist_offer', 'pt')).toBe('HX-pt-2');
    // v2's new wording awaits approval: v1 keeps going out meanwhile.
    expect(pickTemplateSid(stored, 'waitlist_offer', 'en')).toBe('HX-en-1');
  });

  it('falls back to English for a language never synced, and finds nothing for an unknown name', () => {
    expect(pickTemplateSid(stored, 'waitlist_offer', 'es')).toBe('HX-en-1');
    expect(pickTemplateSid(stored, 'meeting_update', 'en')).toBeUndefined();
  });

  it('sends the newest version when none is approved yet (so the failure is WhatsApp’s, and visible)', () => {
    expect(
      pickTemplateSid([row('en', 1, 'rejected', 'a'), row('en', 2, 'pending', 'b')], 'waitlist_offer'),
    ).toBe('b');
  });

  it('reads the store once per minute, and again soon after a miss (a sync may have just run)', async () => {
    let now = 0;
    let reads = 0;
    let rows: StoredTemplate[] = [];
    const directory = createTemplateDirectory(
      async () => {
        reads++;
        return rows;
      },
      () => now,
    );
    expect(await directory.sidFor('waitlist_offer', 'en')).toBeUndefined();
    expect(reads).toBe(1);
    rows = [row('en', 1, 'approved', 'HX-en-1')];
    now = 6_000;
    expect(await directory.sidFor('waitlist_offer', 'en')).toBe('HX-en-1');
    now = 30_000;
    expect(await directory.sidFor('waitlist_offer', 'en')).toBe('HX-en-1');
    expect(reads).toBe(2);
  });
});
