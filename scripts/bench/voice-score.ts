import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { EventCatalog } from '../../core/catalog/event-catalog.js';
import { understandText } from '../../core/nlu/local-understanding.js';
import type { SpeechToText } from '../../core/ports/speech-to-text.js';
import type { AudioDecoder } from '../../core/ports/voice-media.js';
import { chooseReading, type Expecting } from '../../core/services/voice/choose-reading.js';
import { sensitiveStep } from '../../core/services/voice/sensitive-step.js';
import {
  VOICE_LIMITS,
  VOICE_MIN_CONFIDENCE,
  VOICE_SENSITIVE_CONFIDENCE,
  VOICE_UNCLEAR_CONFIDENCE,
} from '../../core/services/voice/voice-transcript.js';
import { synthesiseNote, type Voice } from '../voice/synthesise-note.js';
import { percentile } from './bench-app.js';

export interface SpokenNote {
  text: string;
  /** A pending question the note answers (its answers are likelier readings). */
  expecting?: Expecting;
}

export interface VoiceScore {
  notes: number;
  /** Transcript word for word the sentence. */
  exact: number;
  /** Understood as the typed sentence would be (same intent and slots), read back first or not. */
  acted_on: number;
  /** A different request, confident enough to act on without reading it back. */
  wrong_action: number;
  /** Below the read-back threshold (the bot asks "did you say…?" before acting). */
  read_back: number;
  /** So far below that the bot asks to type it or say it again. */
  ask_to_type: number;
  p50_ms: number;
  p99_ms: number;
  note_seconds_avg: number;
  /** Per voice (voiceLabel): notes, acted on correctly and wrong actions, as counts. */
  by_voice: Record<string, { notes: number; acted_on: number; wrong_action: number }>;
}

/** A voice as the bench prints it: `espeak-ng en-us@150`, `flite slt@160`. */
export const voiceLabel = (v: Voice) => `${v.engine ?? 'espeak-ng'} ${v.voice}@${v.speed}`;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/wi-?fi/g, 'wifi')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One note to score: what was said, the voice label its figures count under, and its audio (OGG or WAV). */
export interface NoteToScore {
  note: SpokenNote;
  voice: string;
  audio: () => Buffer;
}

/** Every note in every voice, synthesised (and cached) when first scored. */
export function synthesisedNotes(notes: SpokenNote[], voices: Voice[]): NoteToScore[] {
  return voices.flatMap((voice) =>
    notes.map((note) => ({ note, voice: voiceLabel(voice), audio: () => synthesiseNote(note.text, voice) })),
  );
}

/** Pre-recorded notes (a `recordings` set file), read from disk when scored. */
export function recordedNotes(recordings: (SpokenNote & { file: string; voice: string })[]): NoteToScore[] {
  return recordings.map(({ file, voice, ...note }) => ({ note, voice, audio: () => readFileSync(file) }));
}

/**
 * Every note in every voice through ffmpeg decoding, the recogniser and the reading chooser, scored as the
 * pipeline would act on it: acted on = the chosen reading understands to the typed sentence's intent and slots;
 * wrong = a different request at or above the read-back threshold. Latency per note is decode + recognise +
 * choose (synthesis is cached and not timed). `misses` gets one line per note not acted on correctly.
 */
export async function scoreVoiceNotes(
  opts: ({ notes: SpokenNote[]; voices: Voice[] } | { recorded: NoteToScore[] }) & {
    speech: SpeechToText;
    decoder: AudioDecoder;
    catalog: EventCatalog;
    now: Date;
    misses?: string[];
  },
): Promise<VoiceScore> {
  return scoreNotes({
    ...opts,
    items: 'recorded' in opts ? opts.recorded : synthesisedNotes(opts.notes, opts.voices),
  });
}

/** The scoring behind scoreVoiceNotes, for any notes (synthesised or recorded). */
async function scoreNotes(opts: {
  items: NoteToScore[];
  speech: SpeechToText;
  decoder: AudioDecoder;
  catalog: EventCatalog;
  now: Date;
  misses?: string[];
}): Promise<VoiceScore> {
  const { catalog, now } = opts;
  const understand = (t: string) => understandText(t, catalog, now);
  const latencies: number[] = [];
  let seconds = 0;
  let exact = 0;
  let actedOn = 0;
  let wrong = 0;
  let readBack = 0;
  let askToType = 0;
  const byVoice: VoiceScore['by_voice'] = {};
  for (const { note, voice, audio } of opts.items) {
    byVoice[voice] ??= { notes: 0, acted_on: 0, wrong_action: 0 };
    const tally = byVoice[voice];
    const ogg = audio();
    const started = performance.now();
    const { wav, seconds: length } = await opts.decoder.toWav(ogg, { maxSeconds: VOICE_LIMITS.maxSeconds });
    const heard = chooseReading(
      await opts.speech.transcribe(wav, { catalog }),
      understand,
      note.expecting ?? null,
    );
    latencies.push(performance.now() - started);
    seconds += length;
    const want = understand(note.text);
    const got = understand(heard.text);
    const same = want.intent === got.intent && isDeepStrictEqual(want.slots, got.slots);
    // As the pipeline decides (transcribe-voice-note.ts): a yes/no answer is taken as the answer to the booking
    // question (the money step, read back below VOICE_SENSITIVE_CONFIDENCE), a number as a ticket count.
    const pending = note.expecting
      ? ({
          intent: 'book_tickets',
          awaiting: note.expecting === 'yes_no' ? 'confirm' : 'quantity',
        } as const)
      : null;
    const confirmFirst =
      sensitiveStep(heard.meaning, pending) !== null && heard.confidence < VOICE_SENSITIVE_CONFIDENCE;
    const confident = heard.confidence >= VOICE_MIN_CONFIDENCE && !confirmFirst;
    const typeIt = heard.text.trim() === '' || heard.confidence < VOICE_UNCLEAR_CONFIDENCE;
    const isWrong = !same && confident && heard.text !== '' && got.intent !== 'out_of_scope';
    if (normalise(heard.text) === normalise(note.text)) exact++;
    // "Please type it" never acts, so it is neither right nor wrong.
    if (same && !typeIt) actedOn++;
    if (!confident && !typeIt) readBack++;
    if (typeIt) askToType++;
    if (isWrong) wrong++;
    tally.notes++;
    if (same && !typeIt) tally.acted_on++;
    if (isWrong) tally.wrong_action++;
    if (!same || typeIt) {
      const tag = isWrong
        ? 'WRONG'
        : typeIt
          ? `type it${same ? ', right reading' : ''}`
          : confident
            ? 'not understood'
            : 'read back';
      opts.misses?.push(
        `${voice}: "${note.text}" → "${heard.text}" (${heard.confidence.toFixed(2)}, ${got.intent}; ${tag})`,
      );
    }
  }
  const n = latencies.length;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    notes: n,
    exact: exact / n,
    acted_on: actedOn / n,
    wrong_action: wrong / n,
    read_back: readBack / n,
    ask_to_type: askToType / n,
    p50_ms: percentile(sorted, 50),
    p99_ms: percentile(sorted, 99),
    note_seconds_avg: seconds / n,
    by_voice: byVoice,
  };
}

/** The score as flat JSON figures: the shares, and `<prefix>voice.<label>.acted_on` / `.wrong_action` per voice. */
export function voiceFigures(s: VoiceScore, prefix = ''): Record<string, number> {
  const { by_voice, ...shares } = s;
  const figures: Record<string, number> = {};
  for (const [k, v] of Object.entries(shares)) figures[`${prefix}${k}`] = v;
  for (const [label, t] of Object.entries(by_voice)) {
    figures[`${prefix}voice.${label}.acted_on`] = t.acted_on / t.notes;
    figures[`${prefix}voice.${label}.wrong_action`] = t.wrong_action / t.notes;
  }
  return figures;
}

/** The figures as table rows. */
export function voiceRows(s: VoiceScore): Record<string, string | number> {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return {
    notes: s.notes,
    'exact transcript': pct(s.exact),
    'acted on correctly (same intent + slots)': pct(s.acted_on),
    'wrong action (confident, different)': pct(s.wrong_action),
    'read back first (low confidence)': pct(s.read_back),
    'asked to type or repeat': pct(s.ask_to_type),
    'p50 / p99 per note (decode + recognise)': `${s.p50_ms.toFixed(0)} ms / ${s.p99_ms.toFixed(0)} ms`,
    'average note length': `${s.note_seconds_avg.toFixed(1)} s`,
    ...Object.fromEntries(
      Object.entries(s.by_voice).map(([label, t]) => [
        `  ${label}: acted on / wrong`,
        `${t.acted_on}/${t.notes} / ${t.wrong_action}`,
      ]),
    ),
  };
}
