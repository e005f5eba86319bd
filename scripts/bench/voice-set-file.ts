import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Voice } from '../voice/synthesise-note.js';
import type { SpokenNote } from './voice-score.js';

const voiceSchema = z
  .object({
    engine: z.enum(['espeak-ng', 'flite']).optional(),
    // A voice name goes to the synthesizer's argv: letters, digits and espeak's `-`/`+` variant marks only.
    voice: z.string().regex(/^[A-Za-z0-9_+-]{1,60}$/),
    speed: z.number().min(40).max(450),
    pitch: z.number().min(0).max(99).optional(),
    noise: z.number().min(0).max(1).optional(),
    noiseColor: z.enum(['pink', 'brown', 'white']).optional(),
    tempo: z.number().min(0.5).max(2).optional(),
  })
  .strict();

const setSchema = z
  .object({
    notes: z
      .array(
        z
          .object({
            text: z.string().trim().min(1).max(300),
            expecting: z.enum(['yes_no', 'number']).nullable().optional(),
          })
          .strict(),
      )
      .min(1),
    voices: z.array(voiceSchema).min(1),
  })
  .strict();

export interface VoiceSet {
  notes: SpokenNote[];
  voices: Voice[];
}

/**
 * A voice set from a JSON file (`bench voice-heldout --set FILE`): `{"notes":[{"text","expecting"}],
 * "voices":[Voice]}` as in synthesise-note.ts. A bad file fails with the path and zod's reason, before any
 * note is synthesised.
 */
export function readVoiceSet(path: string): VoiceSet {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`voice set ${path}: ${(e as Error).message}`);
  }
  const parsed = setSchema.safeParse(json);
  if (!parsed.success) throw new Error(`voice set ${path}: ${z.prettifyError(parsed.error)}`);
  return {
    notes: parsed.data.notes.map((n) =>
      n.expecting ? { text: n.text, expecting: n.expecting } : { text: n.text },
    ),
    voices: parsed.data.voices as Voice[],
  };
}
