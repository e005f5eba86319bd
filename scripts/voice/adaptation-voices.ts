import type { Voice } from './synthesise-note.js';

/**
 * The voices the acoustic model's MLLR transform is estimated from (scripts/voice/adapt-acoustic-model.ts):
 * only the two accents `bench voice` already speaks in (espeak-ng en-us and en-gb), in variants, pitches and
 * speeds of their own, so the development set (Scottish, Caribbean, New York accents) still measures voices
 * the transform never heard. Every other espeak-ng accent and variant, and every flite voice, stays unused.
 * Six voices (270 notes): ten, adding noisier, faster and pitched variants, did no better on the development
 * set (0.550 acted on against 0.575; the base model 0.517).
 */
export const ADAPTATION_VOICES: Voice[] = [
  { voice: 'en-us', speed: 160 },
  { voice: 'en-us+f2', speed: 150, pitch: 60 },
  { voice: 'en-us+m7', speed: 175 },
  { voice: 'en-gb', speed: 165 },
  { voice: 'en-gb+f4', speed: 155, pitch: 55 },
  { voice: 'en-gb+m2', speed: 140, noise: 0.01 },
];
