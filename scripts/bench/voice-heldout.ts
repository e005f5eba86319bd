import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { printTable } from './bench-app.js';
import { loadDemoCatalog } from './nlu.js';
import { HELDOUT_NOTES, HELDOUT_VOICES } from './voice-heldout-set.js';
import { scoreVoiceNotes, voiceRows } from './voice-score.js';

/**
 * `eventos bench voice-heldout`: the held-out voice set (voice-heldout-set.ts: sentences and voices, one of
 * them another synthesizer, that nothing was tuned on) through ffmpeg, pocketsphinx with the demo event and the
 * reading chooser. Report it; never tune on it (use `bench voice`'s development set).
 */
export async function benchVoiceHeldout(opts: {
  out: NodeJS.WritableStream;
}): Promise<Record<string, number>> {
  const catalog = loadDemoCatalog();
  const speech = new PocketsphinxSpeech();
  speech.grammarFor(catalog);
  const misses: string[] = [];
  try {
    const score = await scoreVoiceNotes({
      notes: HELDOUT_NOTES,
      voices: HELDOUT_VOICES,
      speech,
      decoder: createFfmpegDecoder(),
      catalog,
      now: new Date('2026-05-01T10:00:00Z'),
      misses,
    });
    printTable(
      opts.out,
      `Held-out voice notes: ${HELDOUT_NOTES.length} sentences × ${HELDOUT_VOICES.length} voices never used to tune`,
      voiceRows(score),
    );
    if (misses.length > 0) opts.out.write(`\nMisses:\n${misses.map((m) => `  ${m}\n`).join('')}`);
    return { ...score };
  } finally {
    speech.close();
  }
}
