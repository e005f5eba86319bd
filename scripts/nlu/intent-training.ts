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
