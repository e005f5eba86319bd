import type { VoiceFailure } from '../../ports/voice-media.js';

/** What `messages.transcript` holds for a voice note: what was heard, or why nothing could be. */
export type VoiceTranscript =
  | {
      text: string;
      confidence: number;
      provider: string;
      seconds: number;
      ms: number;
      /**
       * A money or data-sharing step heard below VOICE_SENSITIVE_CONFIDENCE: read it back and ask before
       * acting, however sure the recogniser was otherwise (sensitive-step.ts).
       */
      confirmFirst?: 'money' | 'data';
    }
  | { failure: VoiceFailure; detail: string };

/** Limits on voice notes: WhatsApp media are at most 16 MB; two minutes is plenty for a request. */
export const VOICE_LIMITS = { maxBytes: 16 * 1024 * 1024, maxSeconds: 120 };

/**
 * Below this the bot reads back what it heard and asks before acting. 0.6 (was 0.5): on `bench voice`'s
 * development set the misheard requests acted on sat at 0.52–0.56, and no in-sample note fell below it.
 */
export const VOICE_MIN_CONFIDENCE = 0.6;

/** A money or data-sharing step from a voice note is acted on without a read-back only at or above this. */
export const VOICE_SENSITIVE_CONFIDENCE = 0.8;

/** Far below that, reading it back would only echo noise: the bot asks to type it or say it again. */
export const VOICE_UNCLEAR_CONFIDENCE = 0.15;

/** Root-mean-square level of 16-bit PCM (after a 44-byte WAV header), 0–1. */
export function audioLevel(wav: Buffer): number {
  const samples = Math.floor((wav.length - 44) / 2);
  if (samples <= 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples; i++) {
    const s = wav.readInt16LE(44 + i * 2) / 32768;
    sum += s * s;
  }
  return Math.sqrt(sum / samples);
}

/** Quieter than this (about −54 dBFS) throughout is silence. */
export const SILENCE_LEVEL = 0.002;
