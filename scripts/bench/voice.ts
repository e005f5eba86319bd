import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { understandText } from '../../core/nlu/local-understanding.js';
import { chooseReading } from '../../core/services/voice/choose-reading.js';
import { VOICE_LIMITS } from '../../core/services/voice/voice-transcript.js';
import { synthesiseNote, type Voice } from '../voice/synthesise-note.js';
import { percentile, printTable } from './bench-app.js';
import { loadDemoCatalog } from './nlu.js';
import { DEV_ANSWERS, DEV_SENTENCES, DEV_VOICES } from './voice-dev-set.js';
import { scoreVoiceNotes, voiceFigures, voiceRows } from './voice-score.js';

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

/**
 * `eventos bench voice`: every command in 2 voices × 2 speeds (64 synthetic WhatsApp-like OGG/Opus notes, the
 * in-sample set) and the development set (voice-dev-set.ts: 34 other sentences and 6 answers to a pending
 * question in 3 other voices, `dev_*`) through ffmpeg decoding, pocketsphinx with the demo event's language
 * model and the reading chooser (voice-score.ts says what counts). Slow notes of about 5 seconds are timed
 * separately. Tune on these; the held-out set (`bench voice-heldout`) is only reported.
 */
export async function benchVoice(opts: { out: NodeJS.WritableStream }): Promise<Record<string, number>> {
  const catalog = loadDemoCatalog();
  const now = new Date('2026-05-01T10:00:00Z');
  const speech = new PocketsphinxSpeech();
  const decoder = createFfmpegDecoder();
  speech.grammarFor(catalog); // built once per catalog; not part of a note's latency
  const misses: string[] = [];
  const devMisses: string[] = [];
  try {
    const inSample = await scoreVoiceNotes({
      notes: VOICE_COMMANDS.map((text) => ({ text })),
      voices: VOICES,
      speech,
      decoder,
      catalog,
      now,
      misses,
    });
    const dev = await scoreVoiceNotes({
      notes: [...DEV_SENTENCES.map((text) => ({ text })), ...DEV_ANSWERS],
      voices: DEV_VOICES,
      speech,
      decoder,
      catalog,
      now,
      misses: devMisses,
    });
    // Latency on longer notes: slow speech (~5 s per note), timed only.
    const longLatencies: number[] = [];
    const longSeconds: number[] = [];
    for (const command of LONG_COMMANDS) {
      const note = synthesiseNote(command, { voice: 'en-us', speed: 70 });
      const started = performance.now();
      const { wav, seconds } = await decoder.toWav(note, { maxSeconds: VOICE_LIMITS.maxSeconds });
      chooseReading(await speech.transcribe(wav, { catalog }), (t) => understandText(t, catalog, now));
      longLatencies.push(performance.now() - started);
      longSeconds.push(seconds);
    }
    const figures = {
      notes: inSample.notes,
      accuracy: inSample.exact,
      acted_on: inSample.acted_on,
      wrong_action: inSample.wrong_action,
      read_back: inSample.read_back,
      ask_to_type: inSample.ask_to_type,
      p50_ms: inSample.p50_ms,
      p99_ms: inSample.p99_ms,
      note_seconds_avg: inSample.note_seconds_avg,
      long_note_seconds_avg: longSeconds.reduce((a, b) => a + b, 0) / longSeconds.length,
      long_note_p50_ms: percentile(
        [...longLatencies].sort((a, b) => a - b),
        50,
      ),
      long_note_max_ms: Math.max(...longLatencies),
      dev_notes: dev.notes,
      dev_acted_on: dev.acted_on,
      dev_wrong_action: dev.wrong_action,
      dev_read_back: dev.read_back,
      dev_ask_to_type: dev.ask_to_type,
      dev_p50_ms: dev.p50_ms,
      dev_p99_ms: dev.p99_ms,
      ...Object.fromEntries(
        Object.entries(voiceFigures(dev, 'dev_')).filter(([k]) => k.startsWith('dev_voice.')),
      ),
    };
    printTable(opts.out, `Voice notes, in-sample: ${VOICE_COMMANDS.length} commands × 4 voices`, {
      ...voiceRows(inSample),
      [`${LONG_COMMANDS.length} slow notes (~5 s): average length`]: `${figures.long_note_seconds_avg.toFixed(1)} s`,
      'slow notes: p50 / max per note': `${figures.long_note_p50_ms.toFixed(0)} ms / ${figures.long_note_max_ms.toFixed(0)} ms`,
    });
    printTable(
      opts.out,
      `Voice notes, development set: ${DEV_SENTENCES.length + DEV_ANSWERS.length} sentences × ${DEV_VOICES.length} voices`,
      voiceRows(dev),
    );
    if (misses.length > 0) opts.out.write(`\nMisses (in-sample):\n${misses.map((m) => `  ${m}\n`).join('')}`);
    if (devMisses.length > 0)
      opts.out.write(`\nMisses (development):\n${devMisses.map((m) => `  ${m}\n`).join('')}`);
    return figures;
  } finally {
    speech.close();
  }
}
