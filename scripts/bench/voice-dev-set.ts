import type { Voice } from '../voice/synthesise-note.js';
import type { SpokenNote } from './voice-score.js';

/**
 * The development voice set: what `bench voice-heldout` ran until 2026-12-04 (34 sentences × 3 espeak-ng
 * voices). Six of its sentences were written into the language model's lists later, and the recogniser was
 * tuned against it since, so it measures the voices we work with, not new ones: `bench voice` reports it as
 * `dev_*`. The held-out set that nothing was tuned on is voice-heldout-set.ts.
 */
export const DEV_SENTENCES = [
  'show me my tickets',
  'who should I meet',
  'what time do the doors open',
  'I would like a demo from Acme',
  'can I get two student tickets please',
  'I need four VIP passes',
  'cancel my order',
  'where do I pick up my badge',
  'is the venue wheelchair accessible',
  'will the talks be recorded',
  'is there a dress code',
  'can I get an invoice',
  'how do I get there by public transport',
  'what is the refund policy',
  'when is the closing party',
  'where is the typescript workshop',
  "what's on at three pm",
  'tell me about Finlytics',
  'where is the DataForge booth',
  'add me to the waiting list',
  'take me off the waiting list',
  'what is my position on the waiting list',
  'I want to speak to a person',
  'hello there',
  'thank you so much',
  'what can you do',
  'is lunch included',
  "what's the agenda for tomorrow",
  'when is the privacy panel',
  'I lost my jacket',
  'book one expo pass for me',
  'can I transfer my ticket to a friend',
  'yes please',
  'no thanks',
];

/** Voices, accents and pitches beside `bench voice`'s; one with light background noise. */
export const DEV_VOICES: Voice[] = [
  { voice: 'en-gb-scotland+m1', speed: 140, pitch: 40 },
  { voice: 'en-029+f3', speed: 170, pitch: 65 },
  { voice: 'en-us-nyc+f2', speed: 160, noise: 0.02 },
];

/** Short answers to a pending question (yes/no, how many), spoken in the development voices. */
export const DEV_ANSWERS: SpokenNote[] = [
  { text: 'yes go ahead', expecting: 'yes_no' },
  { text: 'no thank you', expecting: 'yes_no' },
  { text: 'yes', expecting: 'yes_no' },
  { text: 'two please', expecting: 'number' },
  { text: 'five tickets', expecting: 'number' },
  { text: 'one', expecting: 'number' },
];
