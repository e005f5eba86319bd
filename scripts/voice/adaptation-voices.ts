import type { Voice } from './synthesise-note.js';

/**
 * The voices the acoustic model is adapted on (scripts/voice/adapt-acoustic-model.ts). Leave-voices-out: the
 * development set's accents (espeak-ng en-gb-scotland, en-029, en-us-nyc) and flite's `rms` are never used
 * here, so `bench voice`'s development figures measure voices the adaptation never heard. Everything else that
 * may be used is: the other espeak-ng English accents, each with many of espeak-ng's `!v` variants at spread
 * pitches, speeds, tempos and light noise, and flite's kal, kal16, awb and slt.
 */
export const TRAIN_ACCENTS = ['en-us', 'en-gb', 'en-gb-x-rp', 'en-gb-x-gbclan', 'en-gb-x-gbcwmd'] as const;
export const DEV_ACCENTS = ['en-gb-scotland', 'en-029', 'en-us-nyc'] as const;
export const TRAIN_FLITE = ['kal', 'kal16', 'awb', 'slt'] as const;
export const DEV_FLITE = ['rms'] as const;

/** espeak-ng variants that still sound like a person (no robots, whispers or croaks). */
const VARIANTS = (
  ' m1 m2 m3 m4 m5 m6 m7 m8 f1 f2 f3 f4 f5 Alex Alicia Andrea Andy Annie Denis Gene Hugo Jacky Lee Michael Mike Storm ' +
  'adam anika announcer aunty belinda benjamin boris caleb david ed edward grandma grandpa iven iven2 john linda max ' +
  'norbert paul quincy rob robert shelby steph steph2 steph3 travis victor zac'
).split(' ');

/** A small deterministic generator, so the voice list (and the adapted model) is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` espeak-ng voices over TRAIN_ACCENTS × VARIANTS, and each flite voice at four settings. */
export function adaptationVoices(count = Number(process.env.ADAPT_VOICES ?? 80)): Voice[] {
  const r = random(18);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const voices: Voice[] = [];
  for (let i = 0; i < count; i++) {
    const accent = TRAIN_ACCENTS[i % TRAIN_ACCENTS.length]!;
    const variant = VARIANTS[(i * 7 + Math.floor(i / TRAIN_ACCENTS.length)) % VARIANTS.length]!;
    const voice: Voice = {
      voice: variant ? `${accent}+${variant}` : accent,
      speed: 120 + Math.floor(r() * 80),
    };
    if (r() < 0.6) voice.pitch = 25 + Math.floor(r() * 55);
    if (r() < 0.3) voice.tempo = pick([0.9, 1.1, 1.2]);
    if (r() < 0.35) {
      voice.noise = pick([0.01, 0.02, 0.03]);
      voice.noiseColor = pick(['pink', 'brown', 'white'] as const);
    }
    voices.push(voice);
  }
  for (const name of TRAIN_FLITE)
    for (const [speed, noise] of [
      [150, 0],
      [170, 0.02],
      [190, 0],
      [135, 0.01],
    ] as const)
      voices.push({ engine: 'flite', voice: name, speed, ...(noise ? { noise } : {}) });
  return voices;
}
