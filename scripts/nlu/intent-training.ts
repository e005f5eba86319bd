import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventCatalog } from '../../core/catalog/event-catalog.js';
import type { Analysis } from '../../core/nlu/analysis.js';
import { intentFeatures } from '../../core/nlu/intent-features.js';
import { type IntentModelFile, softmaxRanked } from '../../core/nlu/intent-model.js';
import { INTENTS, type Intent, type Slots } from '../../core/nlu/label-schema.js';
import { analyseText } from '../../core/nlu/local-understanding.js';
import { seededRandom } from './corpus/expand-template.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.join(repoRoot, 'core/nlu/corpus');
const SEED = 7;
const EPOCHS = 12;
/** A feature seen in fewer training sentences than this is noise to the model (and bloats the file). */
const MIN_SENTENCES = 2;
/** Averaged weights smaller than this change no decision; dropping them keeps the file small. */
const MIN_WEIGHT = 0.05;

export interface CorpusExample {
  text: string;
  intent: Intent;
  slots: Slots;
  lang: string;
  template: string;
  split: 'train' | 'heldout';
}

export function readCorpus(split: 'train' | 'heldout'): CorpusExample[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(CORPUS_DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as CorpusExample),
    )
    .filter((e) => e.split === split);
}

export interface Featurised {
  example: CorpusExample;
  analysis: Analysis;
  features: string[];
  label: number;
}

export function featurise(
  examples: readonly CorpusExample[],
  catalog: EventCatalog,
  now: Date,
): Featurised[] {
  return examples.map((example) => {
    const analysis = analyseText(example.text, catalog, now);
    return {
      example,
      analysis,
      features: intentFeatures(analysis.utterance, analysis.faq, analysis.rules),
      label: INTENTS.indexOf(example.intent),
    };
  });
}

export interface Weights {
  bias: Float64Array;
  weights: Map<string, Float64Array>;
}

/**
 * A multi-class averaged perceptron: on each mistake, the words of the sentence vote up the right intent
 * and down the predicted one; the weights returned are the average over every step (which generalises far
 * better than the last ones). Sentences are visited in an order fixed by the seed, so training is exact
 * to reproduce.
 */
export function trainPerceptron(data: readonly { features: readonly string[]; label: number }[]): Weights {
  const C = INTENTS.length;
  const df = new Map<string, number>();
  for (const d of data) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = (f: string) => (df.get(f) ?? 0) >= MIN_SENTENCES;
  const rows = data.map((d) => ({ features: [...d.features.filter(kept), 'bias'], label: d.label }));
  const w = new Map<string, Float64Array>();
  const u = new Map<string, Float64Array>();
  const get = (m: Map<string, Float64Array>, f: string) => {
    const v = m.get(f) ?? new Float64Array(C);
    m.set(f, v);
    return v;
  };
  const random = seededRandom(SEED);
  const order = rows.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      const scores = new Float64Array(C);
      for (const f of row.features) {
        const v = w.get(f);
        if (v) for (let c = 0; c < C; c++) scores[c]! += v[c]!;
      }
      let predicted = 0;
      for (let c = 1; c < C; c++) if (scores[c]! > scores[predicted]!) predicted = c;
      if (predicted !== row.label) {
        for (const f of row.features) {
          const wf = get(w, f);
          const uf = get(u, f);
          wf[row.label]! += 1;
          wf[predicted]! -= 1;
          uf[row.label]! += step;
          uf[predicted]! -= step;
        }
      }
      step++;
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [f, wf] of w) {
    const uf = u.get(f)!;
    weights.set(
      f,
      wf.map((x, c) => round2(x - uf[c]! / step)),
    );
  }
  const bias = weights.get('bias') ?? new Float64Array(C);
  weights.delete('bias');
  return { bias, weights };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Softmax regression settings: passes, step size, L2 pull towards 0 and the scale the weights are stored at. */
const SOFTMAX_EPOCHS = Number(process.env.SOFTMAX_EPOCHS ?? 10);
const SOFTMAX_RATE = Number(process.env.SOFTMAX_RATE ?? 0.2);
const SOFTMAX_L2 = Number(process.env.SOFTMAX_L2 ?? 0.003);
const SOFTMAX_SCALE = 10;

/**
 * Multinomial logistic regression by stochastic gradient descent: every sentence moves every intent's
 * weights by (target − probability), so a feature is only trusted as far as the corpus backs it, and an
 * L2 pull on the weights of the features present keeps rare words from deciding alone. Weights are stored
 * ×SOFTMAX_SCALE (the softmax temperature fitted out of fold undoes it) so that rounding keeps them.
 */
export function trainSoftmax(data: readonly { features: readonly string[]; label: number }[]): Weights {
  const C = INTENTS.length;
  const df = new Map<string, number>();
  for (const d of data) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = (f: string) => (df.get(f) ?? 0) >= MIN_SENTENCES;
  const rows = data.map((d) => ({ features: [...d.features.filter(kept), 'bias'], label: d.label }));
  const w = new Map<string, Float64Array>();
  for (const r of rows) for (const f of r.features) if (!w.has(f)) w.set(f, new Float64Array(C));
  const random = seededRandom(SEED);
  const order = rows.map((_, i) => i);
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < SOFTMAX_EPOCHS; epoch++) {
    const rate = SOFTMAX_RATE / (1 + epoch);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      const vs = row.features.map((f) => w.get(f)!);
      p.fill(0);
      for (const v of vs) for (let c = 0; c < C; c++) p[c]! += v[c]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < C; c++) max = Math.max(max, p[c]!);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      for (let c = 0; c < C; c++) {
        const g = (c === row.label ? 1 : 0) - p[c]! / sum;
        for (const v of vs) v[c]! += rate * (g - SOFTMAX_L2 * v[c]!);
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [f, v] of w)
    weights.set(
      f,
      v.map((x) => round2(x * SOFTMAX_SCALE)),
    );
  const bias = weights.get('bias') ?? new Float64Array(C);
  weights.delete('bias');
  return { bias, weights };
}

/** The trainer the shipped model uses (INTENT_TRAINER=perceptron|softmax overrides it for comparisons). */
export function trainIntentWeights(data: readonly { features: readonly string[]; label: number }[]): Weights {
  return (process.env.INTENT_TRAINER ?? 'softmax') === 'perceptron'
    ? trainPerceptron(data)
    : trainSoftmax(data);
}

export function scoreWith(model: Weights, features: readonly string[]): Float64Array {
  const s = Float64Array.from(model.bias);
  for (const f of features) {
    const v = model.weights.get(f);
    if (v) for (let c = 0; c < s.length; c++) s[c]! += v[c]!;
  }
  return s;
}

export function argmax(s: Float64Array): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/** The temperature that makes softmax(scores / T) the most honest probabilities on unseen folds. */
export function fitTemperature(scored: readonly { scores: Float64Array; label: number }[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.5; t <= 20; t = Math.round((t + 0.25) * 100) / 100) {
    let loss = 0;
    for (const { scores, label } of scored) {
      const p = softmaxRanked(scores, t, INTENTS).find((r) => r.intent === INTENTS[label])!.p;
      loss -= Math.log(Math.max(p, 1e-9));
    }
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return best;
}

/** sha256 of the training sentences and of the NLU and training code: what the model depends on. */
export function trainingFingerprint(examples: readonly CorpusExample[]): IntentModelFile['trainedOn'] {
  const corpus = createHash('sha256');
  for (const e of examples) corpus.update(`${e.text}\t${e.intent}\n`);
  const code = createHash('sha256');
  const nluDir = path.join(repoRoot, 'core/nlu');
  const files = [
    ...readdirSync(nluDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => path.join(nluDir, f)),
    path.join(repoRoot, 'scripts/nlu/intent-training.ts'),
  ];
  for (const file of files) code.update(readFileSync(file, 'utf8'));
  return { corpus: corpus.digest('hex'), code: code.digest('hex') };
}

export function modelFile(
  model: Weights,
  temperature: number,
  trainedOn: IntentModelFile['trainedOn'],
): IntentModelFile {
  const weights: Record<string, string> = {};
  for (const f of [...model.weights.keys()].sort()) {
    const packed = [...model.weights.get(f)!]
      .map((x, c) => [c, x] as const)
      .filter(([, x]) => Math.abs(x) >= MIN_WEIGHT)
      .map(([c, x]) => `${c}:${x}`)
      .join(' ');
    if (packed) weights[f] = packed;
  }
  return { version: 1, trainedOn, intents: [...INTENTS], temperature, bias: [...model.bias], weights };
}
