import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFfmpegDecoder } from '../../../../adapters/providers/speech/ffmpeg-decoder.js';
import {
  ADAPTED_PARAMETERS,
  POCKETSPHINX_MODEL,
  PocketsphinxSpeech,
} from '../../../../adapters/providers/speech/pocketsphinx-speech.js';
import { catalogFromEventFile } from '../../../../core/catalog/event-catalog.js';
import { synthesiseNote } from '../../../../scripts/voice/synthesise-note.js';
import { demoEventFile } from '../../../support/start-test-app.js';

describe("the en-us model's MAP-adapted parameters (scripts/voice/adapt-acoustic-model.ts)", () => {
  it("have the shape of Debian's model files, with values of their own", () => {
    for (const [param, debian] of [
      ['mean', 'means'],
      ['var', 'variances'],
      ['sendump', 'sendump'],
    ] as const) {
      const adapted = readFileSync(ADAPTED_PARAMETERS[param]);
      const original = readFileSync(join(POCKETSPHINX_MODEL, debian));
      expect(adapted.length, param).toBe(statSync(join(POCKETSPHINX_MODEL, debian)).size);
      expect(adapted.equals(original), param).toBe(false);
    }
    // The means file's header is sphinxtrain's, so pocketsphinx reads it as its own.
    expect(readFileSync(ADAPTED_PARAMETERS.mean).toString('latin1', 0, 2)).toBe('s3');
  });

  it('are used by the offline recogniser, which hears a plain command with them', async () => {
    const catalog = catalogFromEventFile(demoEventFile());
    const speech = new PocketsphinxSpeech();
    try {
      const { wav } = await createFfmpegDecoder().toWav(
        synthesiseNote('book two VIP tickets', { voice: 'en-us', speed: 150 }),
        { maxSeconds: 10 },
      );
      const heard = await speech.transcribe(wav, { catalog });
      expect(heard.text).toBe('book two vip tickets');
      // The files really reach pocketsphinx: a missing one makes it fail instead of decoding without it.
      const broken = new PocketsphinxSpeech({
        parameters: { ...ADAPTED_PARAMETERS, mean: `${ADAPTED_PARAMETERS.mean}.missing` },
      });
      await expect(broken.transcribe(wav, { catalog })).rejects.toThrow(/failed/);
      broken.close();
    } finally {
      speech.close();
    }
  }, 60_000);
});
