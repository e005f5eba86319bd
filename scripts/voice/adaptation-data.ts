import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { POCKETSPHINX_MODEL } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../adapters/providers/speech/pronunciation-dictionary.js';
import { VOICE_COMMANDS } from '../bench/voice.js';
import { DEV_ANSWERS, DEV_SENTENCES } from '../bench/voice-dev-set.js';
import { HELDOUT_NOTES } from '../bench/voice-heldout-set.js';
import { adaptationVoices } from './adaptation-voices.js';
import { sendumpToMixw } from './sendump-to-mixw.js';
import { synthesiseNote } from './synthesise-note.js';

const CORPUS = new URL('../../adapters/providers/speech/voice-corpus.txt', import.meta.url);

/** Sentences each adaptation voice speaks (a different slice of the corpus for each voice). */
export const SENTENCES_PER_VOICE = 25;

const noteId = (i: number) => `n${String(i).padStart(5, '0')}`;

export interface AdaptationData {
  dir: string;
  /** Debian's en-us model with `mixture_weights` (from sendump) and a text mdef, as sphinxtrain needs. */
  hmm: string;
  ids: string[];
}

/**
 * The adaptation corpus: sentences of the voice corpus (and the bench's commands) that have pronunciations,
 * minus every development and held-out sentence, so neither the voices nor the words of those sets are
 * trained on; `SENTENCES_PER_VOICE` of them per adaptation voice, rotating through the corpus.
 */
export function adaptationSentences(): { voiceIndex: number; sentence: string }[] {
  const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
  const keepOut = new Set(
    [...DEV_SENTENCES, ...DEV_ANSWERS.map((a) => a.text), ...HELDOUT_NOTES.map((n) => n.text)].map((t) =>
      t.toLowerCase(),
    ),
  );
  const lines = [
    ...readFileSync(CORPUS, 'utf8').split('\n'),
    ...VOICE_COMMANDS.map((c) => c.toLowerCase().replace(/[^a-z' ]/g, '')),
  ]
    .filter((l) => l && !l.startsWith('#') && l.split(' ').length >= 2 && !keepOut.has(l))
    .filter((l) => l.split(' ').every((w) => prons.has(w)));
  const voices = adaptationVoices();
  const out: { voiceIndex: number; sentence: string }[] = [];
  let at = 0;
  for (let v = 0; v < voices.length; v++)
    for (let s = 0; s < SENTENCES_PER_VOICE; s++)
      out.push({ voiceIndex: v, sentence: lines[at++ % lines.length]! });
  return out;
}

/**
 * Synthesises every adaptation note through the Opus → decode path of the bot into `dir` (WAV, then MFCC with
 * the model's feature parameters), with the transcription, control file and dictionary `bw` reads. Notes
 * already there are kept, so a second run only adds what is missing. `shard` splits synthesis across processes.
 */
export async function prepareAdaptationData(
  dir: string,
  shard: { index: number; of: number; reverse?: boolean } = { index: 0, of: 1 },
): Promise<AdaptationData> {
  mkdirSync(join(dir, 'wav'), { recursive: true });
  const voices = adaptationVoices();
  const items = adaptationSentences();
  const decoder = createFfmpegDecoder();
  const ids = items.map((_, i) => noteId(i));
  const order = shard.reverse ? [...items.entries()].reverse() : [...items.entries()];
  for (const [i, { voiceIndex, sentence }] of order) {
    if (i % shard.of !== shard.index) continue;
    const wavFile = join(dir, 'wav', `${ids[i]}.wav`);
    if (existsSync(wavFile)) continue;
    const { wav } = await decoder.toWav(synthesiseNote(sentence, voices[voiceIndex]!), { maxSeconds: 60 });
    writeFileSync(wavFile, wav);
  }
  if (shard.of > 1) return { dir, hmm: join(dir, 'hmm'), ids }; // synthesis only; a last unsharded run does the rest
  return writeTrainingFiles(dir, ids);
}

/**
 * The control file, transcription and dictionary of the notes `ids` (those already synthesised into `dir`),
 * their MFCC features, and the base model directory sphinxtrain reads.
 */
export function writeTrainingFiles(
  dir: string,
  ids = adaptationSentences().map((_, i) => noteId(i)),
): AdaptationData {
  const items = adaptationSentences();
  const hmm = join(dir, 'hmm');
  const wanted = new Set(ids);
  const chosen = items.flatMap((item, i) => (wanted.has(noteId(i)) ? [{ ...item, id: noteId(i) }] : []));
  ids = chosen.map((c) => c.id);
  writeFileSync(join(dir, 'ctl'), `${ids.join('\n')}\n`);
  writeFileSync(
    join(dir, 'transcription'),
    `${chosen.map(({ sentence, id }) => `<s> ${sentence} </s> (${id})`).join('\n')}\n`,
  );
  const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
  const words = new Set(chosen.flatMap(({ sentence }) => sentence.split(' ')));
  writeFileSync(
    join(dir, 'dict'),
    `${[...words]
      .sort()
      .flatMap((w) => prons.get(w)!.map((p, i) => `${i === 0 ? w : `${w}(${i + 1})`} ${p}`))
      .join('\n')}\n`,
  );
  mkdirSync(hmm, { recursive: true });
  for (const f of ['feat.params', 'mdef', 'means', 'variances', 'transition_matrices', 'noisedict'])
    copyFileSync(join(POCKETSPHINX_MODEL, f), join(hmm, f));
  if (!existsSync(join(hmm, 'mixture_weights')))
    sendumpToMixw(join(POCKETSPHINX_MODEL, 'sendump'), join(hmm, 'mixture_weights'));
  execFileSync('pocketsphinx_mdef_convert', ['-text', join(hmm, 'mdef'), join(hmm, 'mdef.txt')], {
    stdio: 'ignore',
  });
  mkdirSync(join(dir, 'mfc'), { recursive: true });
  execFileSync(
    'sphinx_fe',
    [
      '-argfile',
      join(hmm, 'feat.params'),
      '-samprate',
      '16000',
      '-c',
      join(dir, 'ctl'),
      '-di',
      join(dir, 'wav'),
      '-do',
      join(dir, 'mfc'),
      '-ei',
      'wav',
      '-eo',
      'mfc',
      '-mswav',
      'yes',
    ],
    { stdio: 'ignore' },
  );
  return { dir, hmm, ids };
}

if (process.argv[1]?.endsWith('adaptation-data.ts')) {
  const [dir = '/tmp/eventos-adapt-data', shardArg = '0/1'] = process.argv.slice(2);
  const [index, of] = shardArg.replace(/r$/, '').split('/').map(Number);
  const started = Date.now();
  const data = await prepareAdaptationData(dir, { index: index!, of: of!, reverse: shardArg.endsWith('r') });
  process.stdout.write(
    `${data.ids.length} notes in ${dir} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}
