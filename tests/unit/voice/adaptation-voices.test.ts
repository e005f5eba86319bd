import { describe, expect, it } from 'vitest';
import { DEV_ANSWERS, DEV_SENTENCES, DEV_VOICES } from '../../../scripts/bench/voice-dev-set.js';
import { HELDOUT_NOTES } from '../../../scripts/bench/voice-heldout-set.js';
import { adaptationSentences } from '../../../scripts/voice/adaptation-data.js';
import { adaptationVoices, DEV_ACCENTS, DEV_FLITE } from '../../../scripts/voice/adaptation-voices.js';

/** espeak-ng `en-gb-scotland+m1` → `en-gb-scotland`; flite voices by name. */
const speaker = (v: { engine?: string; voice: string }) =>
  v.engine === 'flite' ? `flite ${v.voice}` : (v.voice.split('+')[0] ?? v.voice);

describe('acoustic model adaptation keeps the development voices out (leave-voices-out)', () => {
  const trained = adaptationVoices();

  it('adapts on many voices of both engines, and on no accent or flite voice of the development set', () => {
    expect(trained.length).toBeGreaterThanOrEqual(160);
    expect(new Set(trained.map((v) => v.voice)).size).toBeGreaterThan(90);
    expect(trained.some((v) => v.engine === 'flite')).toBe(true);
    const trainedSpeakers = new Set(trained.map(speaker));
    for (const dev of DEV_VOICES) expect(trainedSpeakers.has(speaker(dev)), speaker(dev)).toBe(false);
    // The lists that say what is kept out cover every development voice.
    for (const dev of DEV_VOICES)
      expect([...DEV_ACCENTS, ...DEV_FLITE.map((f) => `flite ${f}`)]).toContain(speaker(dev));
  });

  it('never speaks a development or held-out sentence', () => {
    const spoken = new Set(adaptationSentences().map((s) => s.sentence));
    const keptOut = [
      ...DEV_SENTENCES,
      ...DEV_ANSWERS.map((a) => a.text),
      ...HELDOUT_NOTES.map((n) => n.text),
    ];
    for (const text of keptOut) expect(spoken.has(text.toLowerCase()), text).toBe(false);
    expect(spoken.size).toBeGreaterThan(500);
  });

  it('is deterministic, so rerunning the script rebuilds the same model', () => {
    expect(adaptationVoices()).toEqual(trained);
    expect(adaptationSentences()).toEqual(adaptationSentences());
  });
});
