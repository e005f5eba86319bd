import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVoiceSet } from '../../../scripts/bench/voice-set-file.js';

const dir = mkdtempSync(join(tmpdir(), 'voice-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

describe('bench voice-heldout --set FILE', () => {
  it('reads notes (with and without a pending question) and voices of both engines', () => {
    const set = readVoiceSet(
      file('ok.json', {
        notes: [
          { text: 'book me a seat' },
          { text: 'yes do it', expecting: 'yes_no' },
          { text: 'x', expecting: null },
        ],
        voices: [
          { engine: 'flite', voice: 'kal', speed: 160 },
          { voice: 'en-us+f2', speed: 150, pitch: 40, noise: 0.01, noiseColor: 'white', tempo: 1.1 },
        ],
      }),
    );
    expect(set.notes).toEqual([
      { text: 'book me a seat' },
      { text: 'yes do it', expecting: 'yes_no' },
      { text: 'x' },
    ]);
    expect(set.voices[0]).toEqual({ engine: 'flite', voice: 'kal', speed: 160 });
    expect(set.voices[1]?.tempo).toBe(1.1);
  });

  it('refuses a voice name that could be a synthesizer option, an unknown engine, or no notes', () => {
    const voices = [{ voice: 'en-us', speed: 150 }];
    expect(() =>
      readVoiceSet(file('a.json', { notes: [{ text: 'hi' }], voices: [{ voice: '--help', speed: 1 }] })),
    ).toThrow(/a\.json/);
    expect(() =>
      readVoiceSet(
        file('b.json', { notes: [{ text: 'hi' }], voices: [{ voice: 'en', speed: 150, engine: 'say' }] }),
      ),
    ).toThrow(/engine/);
    expect(() => readVoiceSet(file('c.json', { notes: [], voices }))).toThrow(/notes/);
    expect(() =>
      readVoiceSet(file('d.json', { notes: [{ text: 'hi', expecting: 'maybe' }], voices })),
    ).toThrow(/expecting/);
  });

  it('names the file when it is not JSON or does not exist', () => {
    expect(() => readVoiceSet(file('e.json', '{notes:'))).toThrow(/e\.json/);
    expect(() => readVoiceSet(join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });
});
