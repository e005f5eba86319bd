/**
 * Trains the offline intent model on the training part of core/nlu/corpus and writes
 * core/nlu/intent-model.json. First a 5-fold cross-validation on the training part (folds hold whole
 * templates, so a fold is phrased in ways its training folds never were) compares the ways of combining the
 * model with the hand-written rules and fits the softmax temperature; then the model is trained on all of it.
 *
 *   npx tsx scripts/nlu/train-intent-model.ts          # report + write the model
 *   npx tsx scripts/nlu/train-intent-model.ts --check  # report only
 *
 * The held-out part is never read here (scripts/nlu/evaluate-heldout.ts reads it, once).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTENT_MODEL_PATH } from '../../core/nlu/intent-model.js';
import { INTENTS } from '../../core/nlu/label-schema.js';
import { askedAboutTickets } from '../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../bench/nlu.js';
import { seededRandom } from './corpus/expand-template.js';
import {
  argmax,
  type Featurised,
  featurise,
  fitTemperature,
  modelFile,
  readCorpus,
  scoreWith,
  trainingFingerprint,
  trainPerceptron,
} from './intent-training.js';

const FOLDS = 5;
const RULE_FEATURE = /^r(-strong|2)?:/;

export function trainIntentModel(): ReturnType<typeof modelFile> {
  const catalog = loadDemoCatalog();
  const examples = readCorpus('train');
  const data = featurise(examples, catalog, evaluationNow(catalog));
  const temperature = fitTemperature(crossValidate(data).outOfFold);
  return modelFile(trainPerceptron(data), temperature, trainingFingerprint(examples));
}

function foldOf(data: readonly Featurised[]): Map<string, number> {
  const templates = [...new Set(data.map((d) => d.example.template))].sort();
  const random = seededRandom(11);
  for (let i = templates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [templates[i], templates[j]] = [templates[j]!, templates[i]!];
  }
  return new Map(templates.map((t, i) => [t, i % FOLDS]));
}

/** Out-of-fold predictions of every way of deciding, so they can be compared on the same sentences. */
export function crossValidate(data: readonly Featurised[]) {
  const folds = foldOf(data);
  const outOfFold: { scores: Float64Array; label: number }[] = [];
  const hits: Record<string, number> = { rules: 0, model: 0, 'model+rule features': 0 };
  const fallback = [0.4, 0.5, 0.6, 0.7, 0.8];
  for (const t of fallback) hits[`rules unless confidence < ${t}, then model+rule features`] = 0;
  const final = (intent: number, d: Featurised) =>
    askedAboutTickets(INTENTS[intent]!, d.analysis.utterance) ? INTENTS.indexOf('faq') : intent;
  for (let k = 0; k < FOLDS; k++) {
    const train = data.filter((d) => folds.get(d.example.template) !== k);
    const test = data.filter((d) => folds.get(d.example.template) === k);
    const plain = trainPerceptron(
      train.map((d) => ({ ...d, features: d.features.filter((f) => !RULE_FEATURE.test(f)) })),
    );
    const stacked = trainPerceptron(train);
    for (const d of test) {
      const rules = INTENTS.indexOf(d.analysis.rules.intent);
      const scores = scoreWith(stacked, d.features);
      const stackedIntent = argmax(scores);
      outOfFold.push({ scores, label: d.label });
      if (final(rules, d) === d.label) hits.rules!++;
      const plainIntent = argmax(
        scoreWith(
          plain,
          d.features.filter((f) => !RULE_FEATURE.test(f)),
        ),
      );
      if (final(plainIntent, d) === d.label) hits.model!++;
      if (final(stackedIntent, d) === d.label) hits['model+rule features']!++;
      for (const t of fallback) {
        const pick = d.analysis.rules.confidence >= t ? rules : stackedIntent;
        if (final(pick, d) === d.label) hits[`rules unless confidence < ${t}, then model+rule features`]!++;
      }
    }
  }
  const accuracy = Object.fromEntries(Object.entries(hits).map(([k, v]) => [k, v / data.length]));
  return { accuracy, outOfFold };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const catalog = loadDemoCatalog();
  const examples = readCorpus('train');
  const data = featurise(examples, catalog, evaluationNow(catalog));
  const { accuracy, outOfFold } = crossValidate(data);
  console.log(
    `${data.length} training utterances; ${FOLDS}-fold cross-validated intent accuracy (folds by template):`,
  );
  for (const [k, v] of Object.entries(accuracy)) console.log(`  ${(v * 100).toFixed(1).padStart(5)} %  ${k}`);
  const temperature = fitTemperature(outOfFold);
  console.log(`softmax temperature fitted out of fold: ${temperature}`);
  if (!process.argv.includes('--check')) {
    const file = modelFile(trainPerceptron(data), temperature, trainingFingerprint(examples));
    const out = fileURLToPath(INTENT_MODEL_PATH);
    writeFileSync(out, `${JSON.stringify(file)}\n`);
    spawnSync('npx', ['biome', 'format', '--write', out], { stdio: 'inherit' });
    console.log(`wrote ${out}: ${Object.keys(file.weights).length} features`);
  }
}
