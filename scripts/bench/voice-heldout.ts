import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { printTable } from './bench-app.js';
import { loadDemoCatalog } from './nlu.js';
import { HELDOUT_NOTES, HELDOUT_VOICES } from './voice-heldout-set.js';
import { recordedNotes, scoreVoiceNotes, voiceFigures, voiceRows } from './voice-score.js';
import { readVoiceSet, type VoiceSet } from './voice-set-file.js';

/**
 * `eventos bench voice-heldout [--set FILE.json]`: a held-out voice set (by default voice-heldout-set.ts;
 * with `--set`, a JSON file written outside the repo: notes × voices to synthesise, or pre-recorded notes with
 * a voice label each, voice-set-file.ts) through ffmpeg, pocketsphinx with the demo event and the reading
 * chooser, scored alike with figures per voice. Report it; never tune on it (use `bench voice`'s development
 * set).
 */
export async function benchVoiceHeldout(opts: {
  out: NodeJS.WritableStream;
  /** Path of a voice-set JSON file; default the set in voice-heldout-set.ts. */
  set?: string;
}): Promise<Record<string, number>> {
  const set: VoiceSet = opts.set ? readVoiceSet(opts.set) : { notes: HELDOUT_NOTES, voices: HELDOUT_VOICES };
  const catalog = loadDemoCatalog();
  const speech = new PocketsphinxSpeech();
  speech.grammarFor(catalog);
  const misses: string[] = [];
  try {
    const score = await scoreVoiceNotes({
      ...('recordings' in set ? { recorded: recordedNotes(set.recordings) } : set),
      speech,
      decoder: createFfmpegDecoder(),
      catalog,
      now: new Date('2026-05-01T10:00:00Z'),
      misses,
    });
    const shape =
      'recordings' in set
        ? `${set.recordings.length} recorded notes, ${new Set(set.recordings.map((r) => r.voice)).size} voices`
        : `${set.notes.length} sentences × ${set.voices.length} voices`;
    printTable(
      opts.out,
      `Held-out voice notes${opts.set ? ` (${opts.set})` : ''}: ${shape} never used to tune`,
      voiceRows(score),
    );
    if (misses.length > 0) opts.out.write(`\nMisses:\n${misses.map((m) => `  ${m}\n`).join('')}`);
    return voiceFigures(score);
  } finally {
    speech.close();
  }
}
