import { isDeepStrictEqual } from 'node:util';
import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { understandText } from '../../core/nlu/local-understanding.js';
import { chooseReading } from '../../core/services/voice/choose-reading.js';
import { VOICE_LIMITS, VOICE_MIN_CONFIDENCE } from '../../core/services/voice/voice-transcript.js';
import { synthesiseNote, type Voice } from '../voice/synthesise-note.js';
import { percentile, printTable } from './bench-app.js';
import { loadDemoCatalog } from './nlu.js';

/** The bot's commands as people say them (the ticket, waiting-list, FAQ, agenda and help flows). */
export const VOICE_COMMANDS = [
  'book two VIP tickets',
  'book a student ticket',
  'I want three general admission tickets',
  'book an expo pass',
  'my tickets',
  'cancel my booking',
  'put me on the waiting list',
  'put me on the VIP waiting list',
  'where am I on the waiting list',
  'leave the waiting list',
  "what's the wifi password",
  'is there parking',
  'where is the venue',
  "what's on at two pm",
  'where is the keynote',
  'talk to a human',
];

/** Spoken slowly (70 words a minute) these last about 5 seconds: the latency of a typical voice note. */
const LONG_COMMANDS = [
  'I want three general admission tickets',
  'put me on the VIP waiting list',
  'where am I on the waiting list',
  'I want to talk to someone',
];

export const VOICES: Voice[] = [
  { voice: 'en-us', speed: 150 },
  { voice: 'en-us', speed: 185 },
  { voice: 'en-gb+m3', speed: 150 },
  { voice: 'en-gb+m3', speed: 185 },
];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/wi-?fi/g, 'wifi')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * `eventos bench voice`: every command in 2 voices × 2 speeds (64 synthetic WhatsApp-like OGG/Opus notes) through
 * ffmpeg decoding and pocketsphinx with the demo event's language model. Exact = the transcript is the command word for
 * word; acted on = the transcript understands to the same intent and slots as the typed command. Latency per note
 * is decode + recognise (synthesis is cached and not timed).
 */
export async function benchVoice(opts: { out: NodeJS.WritableStream }): Promise<Record<string, number>> {
  const catalog = loadDemoCatalog();
  const now = new Date('2026-05-01T10:00:00Z');
  const speech = new PocketsphinxSpeech();
  const decoder = createFfmpegDecoder();
  speech.grammarFor(catalog); // built once per catalog; not part of a note's latency
  const latencies: number[] = [];
  const seconds: number[] = [];
  let exact = 0;
  let actedOn = 0;
  let wrongAction = 0;
  let readBack = 0;
  const misses: string[] = [];
  try {
    for (const voice of VOICES) {
      for (const command of VOICE_COMMANDS) {
        const note = synthesiseNote(command, voice);
        const started = performance.now();
        const { wav, seconds: length } = await decoder.toWav(note, { maxSeconds: VOICE_LIMITS.maxSeconds });
        const heard = chooseReading(await speech.transcribe(wav, { catalog }), (t) =>
          understandText(t, catalog, now),
        );
        latencies.push(performance.now() - started);
        seconds.push(length);
        const isExact = normalise(heard.text) === normalise(command);
        const want = understandText(command, catalog, now);
        const got = understandText(heard.text, catalog, now);
        const sameAction = want.intent === got.intent && isDeepStrictEqual(want.slots, got.slots);
        if (isExact) exact++;
        const confident = heard.confidence >= VOICE_MIN_CONFIDENCE;
        if (sameAction) actedOn++;
        if (!confident) readBack++;
        // A different request heard confidently enough to act on without asking (read-backs are not wrong).
        if (!sameAction && confident && heard.text !== '' && got.intent !== 'out_of_scope') wrongAction++;
        if (!isExact || !sameAction) {
          misses.push(
            `${voice.voice}@${voice.speed}: "${command}" → "${heard.text}"${sameAction ? ' (same action)' : ''} ${heard.confidence.toFixed(2)}`,
          );
        }
      }
    }
  } catch (error) {
    speech.close();
    throw error;
  }
  // Latency on longer notes: slow speech (~5 s per note), timed only.
  const longLatencies: number[] = [];
  const longSeconds: number[] = [];
  for (const command of LONG_COMMANDS) {
    const note = synthesiseNote(command, { voice: 'en-us', speed: 70 });
    const started = performance.now();
    const { wav, seconds: length } = await decoder.toWav(note, { maxSeconds: VOICE_LIMITS.maxSeconds });
    await speech.transcribe(wav, { catalog });
    longLatencies.push(performance.now() - started);
    longSeconds.push(length);
  }
  speech.close();
  const notes = latencies.length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const figures = {
    notes,
    accuracy: exact / notes,
    acted_on: actedOn / notes,
    wrong_action: wrongAction / notes,
    read_back: readBack / notes,
    p50_ms: percentile(sorted, 50),
    p99_ms: percentile(sorted, 99),
    note_seconds_avg: seconds.reduce((a, b) => a + b, 0) / notes,
    long_note_seconds_avg: longSeconds.reduce((a, b) => a + b, 0) / longSeconds.length,
    long_note_p50_ms: percentile(
      [...longLatencies].sort((a, b) => a - b),
      50,
    ),
    long_note_max_ms: Math.max(...longLatencies),
  };
  printTable(
    opts.out,
    `Voice notes: ${notes} synthetic notes (2 voices × 2 speeds), pocketsphinx: event language model, n-best and grammar check`,
    {
      notes,
      'exact transcript': `${(figures.accuracy * 100).toFixed(1)} %`,
      'acted on correctly (same intent + slots)': `${(figures.acted_on * 100).toFixed(1)} %`,
      'wrong action (confident, different)': `${(figures.wrong_action * 100).toFixed(1)} %`,
      'read back first (low confidence)': `${(figures.read_back * 100).toFixed(1)} %`,
      'p50 per note (decode + recognise)': `${figures.p50_ms.toFixed(0)} ms`,
      'p99 per note': `${figures.p99_ms.toFixed(0)} ms`,
      'average note length': `${figures.note_seconds_avg.toFixed(1)} s`,
      [`${LONG_COMMANDS.length} slow notes (~5 s): average length`]: `${figures.long_note_seconds_avg.toFixed(1)} s`,
      'slow notes: p50 / max per note': `${figures.long_note_p50_ms.toFixed(0)} ms / ${figures.long_note_max_ms.toFixed(0)} ms`,
    },
  );
  if (misses.length > 0) opts.out.write(`\nMisses:\n${misses.map((m) => `  ${m}\n`).join('')}`);
  return figures;
}
