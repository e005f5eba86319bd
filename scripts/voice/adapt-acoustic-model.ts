import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { MLLR_TRANSFORM, POCKETSPHINX_MODEL } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../adapters/providers/speech/pronunciation-dictionary.js';
import { ADAPTATION_VOICES } from './adaptation-voices.js';
import { sendumpToMixw } from './sendump-to-mixw.js';
import { synthesiseNote } from './synthesise-note.js';

/** Debian's sphinxtrain installs its tools here (not on PATH). */
const SPHINXTRAIN = '/usr/lib/sphinxtrain';
const CORPUS = new URL('../../adapters/providers/speech/voice-corpus.txt', import.meta.url);
/** Sentences per voice: every Nth line of the voice corpus with at least three words. */
const SENTENCES = 45;

/**
 * `npx tsx scripts/voice/adapt-acoustic-model.ts`: estimates an MLLR transform of Debian's en-us acoustic model
 * (pocketsphinx-en-us, trained on recorded human speech) towards the synthetic and phone-compressed voices
 * WhatsApp notes are like here: sentences of the voice corpus spoken by ADAPTATION_VOICES, encoded as OGG/Opus
 * and decoded exactly as at run time, then sphinxtrain's `bw` (statistics) and `mllr_solve` (the transform),
 * following the CMU Sphinx adaptation recipe. The transform (a few kB of text) is committed as
 * en-us.mllr and read by pocketsphinx with `-mllr`; the bot needs neither sphinxtrain nor this script.
 * Needs the Debian packages sphinxtrain and sphinxbase-utils (development machines only).
 */
async function main() {
  const work = mkdtempSync(join(tmpdir(), 'eventos-adapt-'));
  try {
    const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
    const lines = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && l.split(' ').length >= 3)
      .filter((l) => l.split(' ').every((w) => prons.has(w)));
    const step = Math.floor(lines.length / SENTENCES);
    const sentences = Array.from({ length: SENTENCES }, (_, i) => lines[i * step]!);
    const decoder = createFfmpegDecoder();
    const ids: string[] = [];
    const transcripts: string[] = [];
    for (const [v, voice] of ADAPTATION_VOICES.entries()) {
      for (const [s, sentence] of sentences.entries()) {
        const id = `v${v}s${s}`;
        const { wav } = await decoder.toWav(synthesiseNote(sentence, voice), { maxSeconds: 60 });
        writeFileSync(join(work, `${id}.wav`), wav);
        ids.push(id);
        transcripts.push(`<s> ${sentence} </s> (${id})`);
      }
    }
    writeFileSync(join(work, 'ctl'), `${ids.join('\n')}\n`);
    writeFileSync(join(work, 'transcription'), `${transcripts.join('\n')}\n`);
    const words = new Set(sentences.flatMap((s) => s.split(' ')));
    writeFileSync(
      join(work, 'dict'),
      `${[...words]
        .sort()
        .flatMap((w) => prons.get(w)!.map((p, i) => `${i === 0 ? w : `${w}(${i + 1})`} ${p}`))
        .join('\n')}\n`,
    );
    const hmm = join(work, 'hmm');
    mkdirSync(hmm);
    for (const f of ['feat.params', 'mdef', 'means', 'variances', 'transition_matrices', 'noisedict'])
      copyFileSync(join(POCKETSPHINX_MODEL, f), join(hmm, f));
    sendumpToMixw(join(POCKETSPHINX_MODEL, 'sendump'), join(hmm, 'mixture_weights'));
    const sh = (bin: string, args: string[]) =>
      execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    sh('pocketsphinx_mdef_convert', ['-text', join(hmm, 'mdef'), join(hmm, 'mdef.txt')]);
    sh('sphinx_fe', [
      '-argfile',
      join(hmm, 'feat.params'),
      '-samprate',
      '16000',
      '-c',
      join(work, 'ctl'),
      '-di',
      work,
      '-do',
      work,
      '-ei',
      'wav',
      '-eo',
      'mfc',
      '-mswav',
      'yes',
    ]);
    const acc = join(work, 'acc');
    mkdirSync(acc);
    sh(join(SPHINXTRAIN, 'bw'), [
      '-hmmdir',
      hmm,
      '-moddeffn',
      join(hmm, 'mdef.txt'),
      '-ts2cbfn',
      '.ptm.',
      '-feat',
      '1s_c_d_dd',
      '-svspec',
      '0-12/13-25/26-38',
      '-cmn',
      'batch',
      '-agc',
      'none',
      '-dictfn',
      join(work, 'dict'),
      '-fdictfn',
      join(hmm, 'noisedict'),
      '-ctlfn',
      join(work, 'ctl'),
      '-lsnfn',
      join(work, 'transcription'),
      '-cepdir',
      work,
      '-cepext',
      'mfc',
      '-accumdir',
      acc,
    ]);
    sh(join(SPHINXTRAIN, 'mllr_solve'), [
      '-meanfn',
      join(hmm, 'means'),
      '-varfn',
      join(hmm, 'variances'),
      '-outmllrfn',
      MLLR_TRANSFORM,
      '-accumdir',
      acc,
    ]);
    process.stdout.write(
      `MLLR transform from ${ids.length} notes (${SENTENCES} sentences × ${ADAPTATION_VOICES.length} voices) → ${MLLR_TRANSFORM}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
