import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POCKETSPHINX_MODEL } from '../../../../adapters/providers/speech/pocketsphinx-speech.js';
import { sendumpToMixw } from '../../../../scripts/voice/sendump-to-mixw.js';

const dir = mkdtempSync(join(tmpdir(), 'mixw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the en-us model's sendump as sphinxtrain mixture weights", () => {
  it('has the model shape and each senone’s weights per feature stream sum to one', () => {
    const out = join(dir, 'mixture_weights');
    const shape = sendumpToMixw(join(POCKETSPHINX_MODEL, 'sendump'), out);
    // 5,126 tied states (mdef), three feature streams (1s_c_d_dd split by svspec), 128 shared Gaussians (ptm).
    expect(shape).toEqual({ senones: 5126, features: 3, densities: 128 });
    const file = readFileSync(out);
    const start = file.indexOf('endhdr\n') + 'endhdr\n'.length;
    expect(file.readInt32LE(start)).toBe(0x11223344);
    expect(file.readUInt32LE(start + 16)).toBe(5126 * 3 * 128);
    const weights = new Float32Array(
      file.buffer.slice(file.byteOffset + start + 20, file.byteOffset + file.length),
    );
    for (const senone of [0, 1000, 5125])
      for (let f = 0; f < 3; f++) {
        const at = (senone * 3 + f) * 128;
        const sum = weights.slice(at, at + 128).reduce((a, b) => a + b, 0);
        expect(sum).toBeGreaterThan(0.9);
        expect(sum).toBeLessThan(1.1);
      }
  });
});
