import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFfmpegDecoder } from '../../../../adapters/providers/speech/ffmpeg-decoder.js';
import {
  MLLR_TRANSFORM,
  PocketsphinxSpeech,
} from '../../../../adapters/providers/speech/pocketsphinx-speech.js';
import { catalogFromEventFile } from '../../../../core/catalog/event-catalog.js';
import { synthesiseNote } from '../../../../scripts/voice/synthesise-note.js';
import { demoEventFile } from '../../../support/start-test-app.js';

describe("the en-us model's MLLR transform (scripts/voice/adapt-acoustic-model.ts)", () => {
  it('is one class of three 13-dimensional streams (the model’s svspec), each a near-identity mean transform', () => {
    const numbers = readFileSync(MLLR_TRANSFORM, 'utf8').trim().split(/\s+/).map(Number);
    expect(numbers.slice(0, 2)).toEqual([1, 3]);
    let at = 2;
    for (let stream = 0; stream < 3; stream++) {
      const dim = numbers[at++]!;
      expect(dim).toBe(13);
      const a = numbers.slice(at, at + dim * dim);
      at += dim * dim + dim + dim; // A, then the bias B and the variance scale H
      const diagonal = a.filter((_, i) => i % (dim + 1) === 0);
      const mean = diagonal.reduce((s, x) => s + x, 0) / dim;
      expect(mean).toBeGreaterThan(0.6);
      expect(mean).toBeLessThan(1.4);
    }
    expect(at).toBe(numbers.length);
  });

  it('is applied by the offline recogniser, which still hears a plain command', async () => {
    const catalog = catalogFromEventFile(demoEventFile());
    const speech = new PocketsphinxSpeech();
    try {
      const { wav } = await createFfmpegDecoder().toWav(
        synthesiseNote('book two VIP tickets', { voice: 'en-us', speed: 150 }),
        {
          maxSeconds: 10,
        },
      );
      const heard = await speech.transcribe(wav, { catalog });
      expect(heard.text).toBe('book two vip tickets');
      // The transform really reaches pocketsphinx: a missing one makes it fail instead of decoding without it.
      const broken = new PocketsphinxSpeech({ mllr: `${MLLR_TRANSFORM}.missing` });
      await expect(broken.transcribe(wav, { catalog })).rejects.toThrow(/failed/);
      broken.close();
    } finally {
      speech.close();
    }
  }, 60_000);
});
