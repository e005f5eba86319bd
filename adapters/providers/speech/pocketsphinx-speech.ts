import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import type { SpeechToText, Transcript } from '../../../core/ports/speech-to-text.js';
import { buildGrammar, GARBAGE_PREFIX } from './build-grammar.js';
import { buildArpa } from './language-model.js';
import { languageModelSentences, readVoiceCorpus } from './language-model-sentences.js';
import { CMU_DICT, CUSTOM_DICT, loadPronunciations } from './pronunciation-dictionary.js';
import { readNbest } from './read-sphinx-output.js';

export const POCKETSPHINX_MODEL = '/usr/share/pocketsphinx/model/en-us/en-us';
/** The en-us model's MLLR transform towards synthetic, Opus-compressed voices (scripts/voice/adapt-acoustic-model.ts). */
export const MLLR_TRANSFORM = fileURLToPath(new URL('./en-us.mllr', import.meta.url));

/** Confidence of a hypothesis that followed a command path of the grammar end to end. */
const COMMAND_CONFIDENCE = 0.9;
/** Speech that only matched the garbage path: heard something, but no command. */
const GARBAGE_CONFIDENCE = 0.1;
/** A command whose words are far too few for the speech heard (long talk squeezed into a short command). */
const STRETCHED_CONFIDENCE = 0.3;
/**
 * Voiced milliseconds per phone of the hypothesis above which it is "stretched". The bench's 64 command notes
 * (2 voices, 150–185 words per minute) measure 44–87 ms per phone; off-topic sentences forced into a short
 * command measured 112 and 131 (others, forced into a long command, look normal: the booking summary or the
 * answer still shows what was understood).
 */
export const MAX_MS_PER_PHONE = 100;

interface GrammarFiles {
  jsgf: string;
  dict: string;
  /** The event's statistical language model (ARPA) and the dictionary for its words. */
  lm: string;
  lmDict: string;
  skipped: string[];
}

/**
 * How many readings of a note are handed to understanding to choose from. 20 (was 8): with the larger language
 * model more readings differ only in small words, and pooling them by meaning gained a note on each of `bench
 * voice`'s sets (in-sample 0.906 → 0.922, development 0.508 → 0.517 acted on; wrong actions unchanged).
 */
const NBEST = 20;

/**
 * pocketsphinx settings for the language-model pass: the language weights of its three passes raised from 6.5,
 * 8.5, 9.5, which on `bench voice`'s development set kept more misheard notes from becoming confident wrong
 * requests (wrong_action 0.042 → 0.025 at the same share acted on; a heavier weight with a lower word
 * insertion penalty was worse, 0.05).
 */
export const DECODER_SETTINGS: Record<string, string> = { lw: '9', fwdflatlw: '11', bestpathlw: '13' };

/**
 * Offline speech recognition with Debian's pocketsphinx, its en-us acoustic model adapted by MLLR_TRANSFORM
 * (estimated from synthetic en-us/en-gb voices; on `bench voice`'s development set of other accents it raised
 * notes acted on from 0.517 to 0.575, the Caribbean voice from 0.200 to 0.325). `mode: 'lm'` (the default) decodes with a trigram
 * language model trained on the labelled corpus and the event's names (language-model-sentences.ts), so
 * phrasings the bot never listed still come through: `pocketsphinx_continuous -time yes` gives the best reading
 * with each word's posterior probability (the confidence), `pocketsphinx_batch -nbest` the alternatives, both
 * at once. `mode: 'grammar'` is the older closed JSGF grammar (build-grammar.ts), kept for comparison. Models
 * and dictionaries are built once per catalog and kept in a temporary directory.
 */
export class PocketsphinxSpeech implements SpeechToText {
  readonly name = 'pocketsphinx';
  /** Debian packages an English acoustic model only (pocketsphinx-en-us); there is none for pt or es. */
  readonly languages = ['en'] as const;
  private pronunciations: Map<string, string[]> | null = null;
  private readonly grammars = new Map<string, GrammarFiles>();
  private dir: string | null = null;

  constructor(
    private readonly opts: {
      binary?: string;
      model?: string;
      dictionaries?: (string | URL)[];
      onSkipped?: (eventId: string, skipped: string[]) => void;
      mode?: 'lm' | 'grammar';
      /** The language model's training sentences (default: voice-corpus.txt). */
      corpus?: string[][];
      /** Readings of a note handed to understanding (default NBEST). */
      nbest?: number;
      /** Decoder settings for the language-model pass (default DECODER_SETTINGS). */
      decoder?: Record<string, string>;
      /** MLLR transform of the acoustic model (default MLLR_TRANSFORM with the default model; null: none). */
      mllr?: string | null;
    } = {},
  ) {}

  /** Builds (or returns the cached) grammar for a catalog; throws GrammarBuildError on a missing word. */
  grammarFor(catalog: EventCatalog): GrammarFiles {
    const key = catalogKey(catalog);
    const cached = this.grammars.get(key);
    if (cached) return cached;
    this.pronunciations ??= loadPronunciations(this.opts.dictionaries ?? [CMU_DICT, CUSTOM_DICT]);
    const prons = this.pronunciations;
    const built = buildGrammar(catalog, (w) => prons.get(w));
    const spoken = (w: string) =>
      prons.get(w.startsWith(GARBAGE_PREFIX) ? w.slice(GARBAGE_PREFIX.length) : w);
    const model = languageModelSentences(catalog, this.opts.corpus ?? readVoiceCorpus(), (w) => !!spoken(w));
    this.dir ??= mkdtempSync(join(tmpdir(), 'eventos-sphinx-'));
    const base = join(this.dir, createHash('sha1').update(key).digest('hex').slice(0, 16));
    const files = {
      jsgf: `${base}.jsgf`,
      dict: `${base}.dict`,
      lm: `${base}.lm`,
      lmDict: `${base}.lm.dict`,
      skipped: built.skipped,
    };
    writeFileSync(files.jsgf, built.jsgf);
    writeFileSync(files.dict, built.dictionary);
    writeFileSync(files.lm, buildArpa(model.sentences));
    const words = [...new Set(model.sentences.flat())].sort();
    writeFileSync(
      files.lmDict,
      `${words.flatMap((w) => (spoken(w) ?? []).map((p, i) => `${i === 0 ? w : `${w}(${i + 1})`} ${p}`)).join('\n')}\n`,
    );
    if (built.skipped.length > 0) this.opts.onSkipped?.(catalog.eventId, built.skipped);
    this.grammars.set(key, files);
    return files;
  }

  async transcribe(
    wav: Buffer | string,
    context: { catalog: EventCatalog; language?: string },
  ): Promise<Transcript> {
    const grammar = this.grammarFor(context.catalog);
    let input = typeof wav === 'string' ? wav : null;
    let scratch: string | null = null;
    if (!input) {
      scratch = mkdtempSync(join(tmpdir(), 'eventos-note-'));
      input = join(scratch, 'note.wav');
      writeFileSync(input, wav as Buffer);
    }
    try {
      if ((this.opts.mode ?? 'lm') === 'lm') return await this.decodeWithModel(input, grammar);
      return await this.decodeWithGrammar(input, grammar);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** The closed grammar's reading; a command squeezed out of too much speech counts as unsure. */
  private async decodeWithGrammar(input: string, grammar: GrammarFiles): Promise<Transcript> {
    const stdout = await run(this.opts.binary ?? 'pocketsphinx_continuous', [
      '-infile',
      input,
      ...this.acousticModel(),
      '-dict',
      grammar.dict,
      '-jsgf',
      grammar.jsgf,
      '-logfn',
      '/dev/null',
    ]);
    const heard = readHypothesis(stdout);
    if (heard.confidence < COMMAND_CONFIDENCE) return heard;
    return msPerPhone(heard.text, readFileSync(input), this.pronunciations!) > MAX_MS_PER_PHONE
      ? { ...heard, confidence: STRETCHED_CONFIDENCE }
      : heard;
  }

  private async decodeWithModel(input: string, files: GrammarFiles): Promise<Transcript> {
    const model = [...this.acousticModel(), '-lm', files.lm, '-dict', files.lmDict];
    const batch = mkdtempSync(join(tmpdir(), 'eventos-nbest-'));
    try {
      writeFileSync(join(batch, 'ctl'), 'note\n');
      writeFileSync(join(batch, 'note.wav'), readFileSync(input));
      const [, grammarOut] = await Promise.all([
        run(batchBinary(this.opts.binary), [
          '-adcin',
          'yes',
          '-cepdir',
          batch,
          '-cepext',
          '.wav',
          '-ctl',
          join(batch, 'ctl'),
          ...model,
          '-hyp',
          join(batch, 'hyp'),
          ...Object.entries(this.opts.decoder ?? DECODER_SETTINGS).flatMap(([k, v]) => [`-${k}`, v]),
          '-nbest',
          String(this.opts.nbest ?? NBEST),
          '-nbestdir',
          batch,
          '-logfn',
          '/dev/null',
        ]),
        this.decodeWithGrammar(input, files),
      ]);
      const nbest = readNbest(readFileSync(join(batch, 'note.hyp'), 'utf8'));
      const [top, ...alternatives] = nbest;
      if (!top) return { text: '', confidence: 0, check: grammarOut };
      return { text: top.text, confidence: top.share, alternatives, check: grammarOut };
    } finally {
      rmSync(batch, { recursive: true, force: true });
    }
  }

  /** `-hmm` and, unless turned off (or another model is given), the adapted model's `-mllr` transform. */
  private acousticModel(): string[] {
    const mllr = this.opts.mllr === undefined ? (this.opts.model ? null : MLLR_TRANSFORM) : this.opts.mllr;
    return ['-hmm', this.opts.model ?? POCKETSPHINX_MODEL, ...(mllr ? ['-mllr', mllr] : [])];
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.grammars.clear();
  }
}

/** The words of every utterance pocketsphinx found; garbage words mean "speech, but not a command". */
export function readHypothesis(stdout: string): Transcript {
  const words = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/\(\d+\)$/, ''));
  if (words.length === 0) return { text: '', confidence: 0 };
  const command = words.filter((w) => !w.startsWith(GARBAGE_PREFIX));
  if (command.length < words.length) return { text: command.join(' '), confidence: GARBAGE_CONFIDENCE };
  return { text: command.join(' '), confidence: COMMAND_CONFIDENCE };
}

/** Voiced time of the note divided by the phones of the words recognised in it. */
export function msPerPhone(text: string, wav: Buffer, prons: Map<string, string[]>): number {
  const phones = text
    .split(/\s+/)
    .filter(Boolean)
    .reduce((n, w) => n + (prons.get(w)?.[0]?.split(' ').length ?? 3), 0);
  return phones > 0 ? voicedMs(wav) / phones : 0;
}

/** Milliseconds of 10 ms frames louder than a tenth of the note's loud level (16 kHz s16le after a WAV header). */
export function voicedMs(wav: Buffer): number {
  const frame = 160;
  const levels: number[] = [];
  for (let start = 44; start + frame * 2 <= wav.length; start += frame * 2) {
    let sum = 0;
    for (let i = 0; i < frame; i++) {
      const v = wav.readInt16LE(start + i * 2);
      sum += v * v;
    }
    levels.push(Math.sqrt(sum / frame));
  }
  if (levels.length === 0) return 0;
  const loud = [...levels].sort((a, b) => a - b)[Math.floor(levels.length * 0.95)] ?? 0;
  return levels.filter((l) => l > loud / 10).length * 10;
}

function catalogKey(catalog: EventCatalog): string {
  const vocabulary = {
    tiers: catalog.tiers,
    sessions: catalog.sessions.map((s) => [s.title, s.aliases, s.speakers]),
    people: catalog.people.map((p) => p.name),
    sponsors: catalog.sponsors,
    faqs: catalog.faqs.map((f) => f.question),
  };
  return `${catalog.eventId}:${createHash('sha1').update(JSON.stringify(vocabulary)).digest('hex')}`;
}

/** pocketsphinx_batch next to a configured pocketsphinx_continuous (same package). */
function batchBinary(continuous: string | undefined): string {
  return continuous
    ? continuous.replace(/pocketsphinx_continuous$/, 'pocketsphinx_batch')
    : 'pocketsphinx_batch';
}

function run(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { maxBuffer: 1 << 20, timeout: 30_000 }, (error, stdout) => {
      if (error) reject(new Error(`${binary} failed: ${error.message}`));
      else resolve(stdout);
    });
  });
}
