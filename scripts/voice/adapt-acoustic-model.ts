import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADAPTED_PARAMETERS } from '../../adapters/providers/speech/pocketsphinx-speech.js';
import { prepareAdaptationData } from './adaptation-data.js';

/** Debian's sphinxtrain installs its tools here (not on PATH). */
const SPHINXTRAIN = '/usr/lib/sphinxtrain';

/** A sphinxtrain tool, at the lowest CPU priority (other work on the machine keeps its share). */
const sphinxtrain = (tool: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('nice', ['-n', '19', join(SPHINXTRAIN, tool), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} exited ${code}: ${stderr}`)),
    );
  });
const sphinxtrainSync = (tool: string, args: string[]) =>
  execFileSync(join(SPHINXTRAIN, tool), args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });

/**
 * sphinxtrain's `bw`: adaptation statistics of the model in `hmm` (means, variances, mixture_weights, mdef.txt)
 * over the adaptation notes in `dataDir`, into `acc`.
 */
export async function collectStatistics(dataDir: string, hmm: string, acc: string): Promise<void> {
  rmSync(acc, { recursive: true, force: true });
  mkdirSync(acc, { recursive: true });
  await sphinxtrain('bw', [
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
    join(dataDir, 'dict'),
    '-fdictfn',
    join(hmm, 'noisedict'),
    '-ctlfn',
    join(dataDir, 'ctl'),
    '-lsnfn',
    join(dataDir, 'transcription'),
    '-cepdir',
    join(dataDir, 'mfc'),
    '-cepext',
    'mfc',
    '-accumdir',
    acc,
  ]);
}

/** An MLLR transform of the model's means (one class) from the statistics (tried; MAP alone did better). */
export function solveMllr(hmm: string, acc: string, out: string): void {
  sphinxtrainSync('mllr_solve', [
    '-meanfn',
    join(hmm, 'means'),
    '-varfn',
    join(hmm, 'variances'),
    '-outmllrfn',
    out,
    '-accumdir',
    acc,
  ]);
}

/**
 * MAP re-estimation of means, variances and mixture weights (also packed as pocketsphinx's sendump) into `out`.
 * `tau` null: sphinxtrain's Bayesian mean update that ignores tau (its recommended default; on the dev set it
 * beat a fixed tau of 10, 100 and 1000).
 */
export function solveMap(hmm: string, acc: string, out: string, opts: { tau: number | null }): void {
  mkdirSync(out, { recursive: true });
  sphinxtrainSync('map_adapt', [
    '-moddeffn',
    join(hmm, 'mdef.txt'),
    '-ts2cbfn',
    '.ptm.',
    '-meanfn',
    join(hmm, 'means'),
    '-varfn',
    join(hmm, 'variances'),
    '-mixwfn',
    join(hmm, 'mixture_weights'),
    '-tmatfn',
    join(hmm, 'transition_matrices'),
    '-accumdir',
    acc,
    '-mapmeanfn',
    join(out, 'means'),
    '-mapvarfn',
    join(out, 'variances'),
    '-mapmixwfn',
    join(out, 'mixture_weights'),
    '-maptmatfn',
    join(out, 'transition_matrices'),
    ...(opts.tau === null ? [] : ['-bayesmean', 'no', '-fixedtau', 'yes', '-tau', String(opts.tau)]),
  ]);
  sphinxtrainSync('mk_s2sendump', [
    '-pocketsphinx',
    'yes',
    '-moddeffn',
    join(hmm, 'mdef.txt'),
    '-mixwfn',
    join(out, 'mixture_weights'),
    '-sendumpfn',
    join(out, 'sendump'),
  ]);
}

/** A sphinxtrain-ready model directory: `base` (Debian's, with mdef.txt) with the MAP parameters of `map`. */
export function overlay(base: string, map: string, out: string): void {
  mkdirSync(out, { recursive: true });
  for (const f of ['feat.params', 'mdef', 'mdef.txt', 'transition_matrices', 'noisedict'])
    copyFileSync(join(base, f), join(out, f));
  for (const f of ['means', 'variances', 'mixture_weights']) copyFileSync(join(map, f), join(out, f));
}

/** Where the adapted parameters are committed (read by PocketsphinxSpeech as ADAPTED_PARAMETERS). */
const ADAPTED_DIR = dirname(ADAPTED_PARAMETERS.mean);

/** MAP passes: the second re-estimates from the first pass's model (0.825 → 0.844 acted on, on the dev set). */
const MAP_PASSES = 2;

/**
 * `npx tsx scripts/voice/adapt-acoustic-model.ts [WORKDIR]`: MAP adaptation of Debian's en-us acoustic model
 * (pocketsphinx-en-us, trained on recorded human speech) towards the synthetic, Opus-compressed voices of
 * WhatsApp notes here, following the CMU Sphinx adaptation recipe: adaptation-data.ts synthesises the notes
 * (adaptation-voices.ts: many espeak-ng accents and variants and four flite voices, never the development
 * set's), decodes them exactly as at run time and extracts features; sphinxtrain's `bw` collects statistics and
 * `map_adapt` re-estimates means, variances and mixture weights (`mk_s2sendump` packs the weights as
 * pocketsphinx's sendump); a second pass starts from the first pass's model. The three files (3.6 MB) are
 * committed to adapters/providers/speech/en-us-adapted/, so the bot needs neither sphinxtrain nor this script.
 * Needs the Debian packages sphinxtrain and sphinxbase-utils (development machines only); about 15 minutes on
 * two busy cores, most of it synthesis (cached in WORKDIR and the note cache, so a rerun is quicker).
 */
async function main() {
  const dir = process.argv[2] ?? join(tmpdir(), 'eventos-adapt-data');
  // Synthesis in two processes (each note is an espeak-ng/flite run and two ffmpeg runs), then the rest in one.
  const script = fileURLToPath(new URL('./adaptation-data.ts', import.meta.url));
  await Promise.all(
    ['0/2', '1/2'].map(
      (shard) =>
        new Promise<void>((resolve, reject) =>
          spawn(process.execPath, ['--import', 'tsx', script, dir, shard], { stdio: 'inherit' }).on(
            'exit',
            (code) => (code === 0 ? resolve() : reject(new Error(`synthesis ${shard} exited ${code}`))),
          ),
        ),
    ),
  );
  const data = await prepareAdaptationData(dir);
  let hmm = data.hmm;
  for (let pass = 1; pass <= MAP_PASSES; pass++) {
    const acc = join(dir, `acc${pass}`);
    await collectStatistics(dir, hmm, acc);
    const map = join(dir, `map${pass}`);
    solveMap(hmm, acc, map, { tau: null });
    const next = join(dir, `hmm${pass}`);
    overlay(data.hmm, map, next);
    hmm = next;
    process.stdout.write(`MAP pass ${pass} of ${MAP_PASSES}: ${data.ids.length} notes\n`);
  }
  mkdirSync(ADAPTED_DIR, { recursive: true });
  for (const f of ['means', 'variances', 'sendump'])
    copyFileSync(join(dir, `map${MAP_PASSES}`, f), join(ADAPTED_DIR, f));
  process.stdout.write(`MAP-adapted en-us parameters from ${data.ids.length} notes → ${ADAPTED_DIR}\n`);
}

if (process.argv[1]?.endsWith('adapt-acoustic-model.ts')) await main();
