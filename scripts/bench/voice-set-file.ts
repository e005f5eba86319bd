import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { VOICE_LIMITS } from '../../core/services/voice/voice-transcript.js';
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

const text = z.string().trim().min(1).max(300);
const expecting = z.enum(['yes_no', 'number']).nullable().optional();

const synthesisedSchema = z
  .object({
    notes: z.array(z.object({ text, expecting }).strict()).min(1),
    voices: z.array(voiceSchema).min(1),
  })
  .strict();

const recordedSchema = z
  .object({
    recordings: z
      .array(
        z
          .object({
            file: z.string().min(1).max(1000),
            text,
            expecting,
            voice: z.string().trim().min(1).max(80),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** A pre-recorded note: its audio file (checked to exist and be OGG or WAV), what was said, and who said it. */
export interface RecordedNote extends SpokenNote {
  /** Absolute path of the audio file. */
  file: string;
  /** The voice label the figures are grouped by. */
  voice: string;
}

export type VoiceSet = { notes: SpokenNote[]; voices: Voice[] } | { recordings: RecordedNote[] };

/** Audio containers a recording may be in: OGG (Opus, as WhatsApp sends notes) or RIFF/WAVE. */
const MAGIC: { name: string; matches: (head: Buffer) => boolean }[] = [
  { name: 'OGG', matches: (h) => h.toString('latin1', 0, 4) === 'OggS' },
  {
    name: 'WAV',
    matches: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WAVE',
  },
];

/**
 * A voice set from a JSON file (`bench voice-heldout --set FILE`), one of two shapes:
 * - synthesised: `{"notes":[{"text","expecting"}],"voices":[Voice]}` as in synthesise-note.ts;
 * - pre-recorded: `{"recordings":[{"file","text","expecting","voice"}]}`, files relative to the set file's
 *   folder (or absolute), OGG/Opus or WAV, at most VOICE_LIMITS.maxBytes each, `voice` a label to group by.
 * A bad file fails with the path and every reason (zod's, and each recording that is missing, empty, too big
 * or not OGG/WAV), before any note is synthesised or decoded.
 */
export function readVoiceSet(path: string): VoiceSet {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`voice set ${path}: ${(e as Error).message}`);
  }
  if (json && typeof json === 'object' && 'recordings' in json) return readRecordings(path, json);
  const parsed = synthesisedSchema.safeParse(json);
  if (!parsed.success) throw new Error(`voice set ${path}: ${z.prettifyError(parsed.error)}`);
  return {
    notes: parsed.data.notes.map((n) =>
      n.expecting ? { text: n.text, expecting: n.expecting } : { text: n.text },
    ),
    voices: parsed.data.voices as Voice[],
  };
}

function readRecordings(path: string, json: object): VoiceSet {
  const parsed = recordedSchema.safeParse(json);
  if (!parsed.success) throw new Error(`voice set ${path}: ${z.prettifyError(parsed.error)}`);
  const base = dirname(resolve(path));
  const problems: string[] = [];
  const recordings = parsed.data.recordings.map((r, i): RecordedNote => {
    const file = isAbsolute(r.file) ? r.file : resolve(base, r.file);
    const problem = audioProblem(file);
    if (problem) problems.push(`recordings[${i}] (${r.file}): ${problem}`);
    return { file, text: r.text, voice: r.voice, ...(r.expecting ? { expecting: r.expecting } : {}) };
  });
  if (problems.length > 0) throw new Error(`voice set ${path}:\n  ${problems.join('\n  ')}`);
  return { recordings };
}

/** Why an audio file cannot be scored, or null when it is a non-empty OGG or WAV file within the size limit. */
function audioProblem(file: string): string | null {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return 'not a file';
    size = stat.size;
  } catch {
    return 'no such file';
  }
  if (size < 12) return 'empty or too short to be audio';
  if (size > VOICE_LIMITS.maxBytes) return `${size} bytes, more than ${VOICE_LIMITS.maxBytes}`;
  const head = Buffer.alloc(12);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  return MAGIC.some((m) => m.matches(head)) ? null : `not ${MAGIC.map((m) => m.name).join(' or ')} audio`;
}
