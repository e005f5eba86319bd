import { readFileSync } from 'node:fs';
import { INTENTS, type Intent } from './label-schema.js';

/**
 * The learned intent model (a multinomial logistic regression over intentFeatures, trained by
 * scripts/nlu/train-intent-model.ts on core/nlu/corpus): one weight per (feature, intent) it learned,
 * scores turned into probabilities by a softmax whose temperature was fitted on cross-validation.
 */
export interface IntentModelFile {
  version: 1;
  /** sha256 of the training lines and of the code that turns them into weights: the up-to-date check. */
  trainedOn: { corpus: string; code: string };
  intents: Intent[];
  temperature: number;
  bias: number[];
  /** feature → "intentIndex:weight intentIndex:weight …" (only the intents it moved). */
  weights: Record<string, string>;
}

export interface IntentScores {
  /** Every intent with its probability, best first. */
  ranked: { intent: Intent; p: number }[];
}

export class IntentModel {
  private readonly weights = new Map<string, { at: Int32Array; w: Float64Array }>();
  private readonly intents: Intent[];
  private readonly bias: Float64Array;
  private readonly temperature: number;

  constructor(file: IntentModelFile) {
    if (file.intents.some((i) => !INTENTS.includes(i)))
      throw new Error('Intent model names an unknown intent');
    this.intents = file.intents;
    this.bias = Float64Array.from(file.bias);
    this.temperature = file.temperature;
    for (const [feature, packed] of Object.entries(file.weights)) {
      const pairs = packed.split(' ').map((p) => p.split(':'));
      this.weights.set(feature, {
        at: Int32Array.from(pairs.map(([i]) => Number(i))),
        w: Float64Array.from(pairs.map(([, w]) => Number(w))),
      });
    }
  }

  /** Raw scores per intent index (the training script evaluates folds with these). */
  scores(features: readonly string[]): Float64Array {
    const s = Float64Array.from(this.bias);
    for (const f of features) {
      const entry = this.weights.get(f);
      if (!entry) continue;
      for (let k = 0; k < entry.at.length; k++) s[entry.at[k]!]! += entry.w[k]!;
    }
    return s;
  }

  classify(features: readonly string[]): IntentScores {
    return { ranked: softmaxRanked(this.scores(features), this.temperature, this.intents) };
  }
}

export function softmaxRanked(scores: Float64Array, temperature: number, intents: readonly Intent[]) {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) max = Math.max(max, s);
  const e = Array.from(scores, (s) => Math.exp((s - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v, i) => ({ intent: intents[i]!, p: v / sum })).sort((a, b) => b.p - a.p);
}

export const INTENT_MODEL_PATH = new URL('./intent-model.json', import.meta.url);

let loaded: IntentModel | undefined;

/** The checked-in model, read once (a few hundred kB; parsing it takes milliseconds). */
export function intentModel(): IntentModel {
  loaded ??= new IntentModel(JSON.parse(readFileSync(INTENT_MODEL_PATH, 'utf8')) as IntentModelFile);
  return loaded;
}
