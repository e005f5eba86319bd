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
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACT_FLOOR,
  CLARIFY_MARGIN,
  MODEL_OVERRULES,
  MODEL_TRUSTED,
  RULES_SURE,
} from '../../core/nlu/decide-intent.js';
import { INTENT_MODEL_PATH, softmaxRanked } from '../../core/nlu/intent-model.js';
import { INTENTS } from '../../core/nlu/label-schema.js';
import { askedAboutTickets } from '../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../bench/nlu.js';
import {
  argmax,
  type Featurised,
  featurise,
  fitTemperature,
  modelFile,
  readCorpus,
  scoreWith,
  trainIntentWeights,
  trainingFingerprint,
} from './intent-training.js';

const FOLDS = 5;
const RULE_FEATURE = /^r(-strong|2)?:/;

export function trainIntentModel(): ReturnType<typeof modelFile> {
  const catalog = loadDemoCatalog();
  const examples = readCorpus('train');
  const data = featurise(examples, catalog, evaluationNow(catalog));
  const { temperature } = crossValidate(data);
  return modelFile(trainIntentWeights(data), temperature, trainingFingerprint(examples));
}

/**
 * Each template's fold, from a hash of its name: adding templates leaves every other template in its fold,
 * so a corpus change is measured on the same folds as before it (a shuffle reassigned them all, which
 * moved the figure by about a point on its own).
 */
function foldOf(data: readonly Featurised[]): Map<string, number> {
  const templates = [...new Set(data.map((d) => d.example.template))];
  const fold = (t: string) => createHash('sha256').update(t).digest().readUInt32BE(0) % FOLDS;
  return new Map(templates.map((t) => [t, fold(t)]));
}

/** Out-of-fold predictions of every way of deciding, so they can be compared on the same sentences. */
export function crossValidate(data: readonly Featurised[]) {
  const folds = foldOf(data);
  const rows: { d: Featurised; plain: number; scores: Float64Array }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = data.filter((d) => folds.get(d.example.template) !== k);
    const test = data.filter((d) => folds.get(d.example.template) === k);
    const withoutRules = (f: string) => !RULE_FEATURE.test(f);
    const plain = trainIntentWeights(train.map((d) => ({ ...d, features: d.features.filter(withoutRules) })));
    const stacked = trainIntentWeights(train);
    for (const d of test) {
      rows.push({
        d,
        plain: argmax(scoreWith(plain, d.features.filter(withoutRules))),
        scores: scoreWith(stacked, d.features),
      });
    }
  }
  const outOfFold = rows.map((r) => ({ scores: r.scores, label: r.d.label }));
  const temperature = fitTemperature(outOfFold);
  const final = (intent: number, d: Featurised) =>
    askedAboutTickets(INTENTS[intent]!, d.analysis.utterance) ? INTENTS.indexOf('faq') : intent;
  const strategies: Record<string, (r: (typeof rows)[number]) => number> = {
    rules: (r) => INTENTS.indexOf(r.d.analysis.rules.intent),
    model: (r) => r.plain,
    'model+rule features': (r) => argmax(r.scores),
  };
  for (const sure of [0.45, 0.6, 0.8, 0.9, 2]) {
    for (const trusted of [0, 0.3, 0.5]) {
      strategies[`rules unless confidence < ${sure}, then model+rule features if p ≥ ${trusted}`] = (r) => {
        const rules = INTENTS.indexOf(r.d.analysis.rules.intent);
        if (r.d.analysis.rules.confidence >= sure) return rules;
        const best = softmaxRanked(r.scores, temperature, INTENTS)[0]!;
        return best.p >= trusted ? INTENTS.indexOf(best.intent) : rules;
      };
    }
  }
  // What core/nlu/decide-intent.ts ships, with this fold's model: the rules when very sure (unless the model
  // is surer still of another reading) or when the model does not clearly prefer another reading they would
  // act on; else the model when it has a preference. `overrule` = 2 is the decision before MODEL_OVERRULES.
  const decide = (overrule: number) => (r: (typeof rows)[number]) => {
    const { rules } = r.d.analysis;
    const fromRules = INTENTS.indexOf(rules.intent);
    const ranked = softmaxRanked(r.scores, temperature, INTENTS);
    const best = ranked[0]!;
    const social = ['confirm', 'deny', 'greeting', 'thanks'].includes(rules.intent);
    if (rules.confidence >= RULES_SURE && !(social && r.d.analysis.utterance.words.length > 3))
      return best.p >= overrule && best.intent !== rules.intent ? INTENTS.indexOf(best.intent) : fromRules;
    if (best.p < MODEL_TRUSTED) return fromRules;
    const rulesP = ranked.find((x) => x.intent === rules.intent)?.p ?? 0;
    if (rules.confidence >= ACT_FLOOR && best.p - rulesP < CLARIFY_MARGIN) return fromRules;
    return INTENTS.indexOf(best.intent);
  };
  strategies['shipped before, without the model overruling sure rules'] = decide(2);
  strategies[
    `shipped: rules ≥ ${RULES_SURE} unless the model is ≥ ${MODEL_OVERRULES} sure of another, or ≥ ${ACT_FLOOR} unless the model prefers another by ${CLARIFY_MARGIN}; else model if p ≥ ${MODEL_TRUSTED}`
  ] = decide(MODEL_OVERRULES);
  const accuracy = Object.fromEntries(
    Object.entries(strategies).map(([name, decide]) => [
      name,
      rows.filter((r) => final(decide(r), r.d) === r.d.label).length / rows.length,
    ]),
  );
  // The shipped decision per language (a change that helps one language may cost another), over the lines
  // with one meaning: a fragment labelled with two (write-corpus.ts, askBack) can only ever match one label.
  const shipped = decide(MODEL_OVERRULES);
  const askBack = (r: (typeof rows)[number]) => r.d.example.template.includes('.ask.');
  const byLanguage = Object.fromEntries(
    ['all', 'en', 'pt', 'es'].map((lang) => {
      const mine = rows.filter((r) => (lang === 'all' || r.d.example.lang === lang) && !askBack(r));
      return [lang, mine.filter((r) => final(shipped(r), r.d) === r.d.label).length / mine.length];
    }),
  );
  // The same on the lines of the first three waves only: a new wave is compared on the lines it did not add.
  const earlier = rows.filter((r) => !r.d.example.template.includes('+++'));
  const byLanguageEarlier = Object.fromEntries(
    ['all', 'en', 'pt', 'es'].map((lang) => {
      const mine = earlier.filter((r) => lang === 'all' || r.d.example.lang === lang);
      return [lang, mine.filter((r) => final(shipped(r), r.d) === r.d.label).length / mine.length];
    }),
  );
  // A fragment is read right when its two labels are the model's two likeliest readings, close enough
  // (CLARIFY_MARGIN) that the router asks which one was meant.
  const fragments = rows.filter(askBack);
  const labelsOf = new Map<string, Set<number>>();
  for (const r of fragments)
    labelsOf.set(r.d.example.text, (labelsOf.get(r.d.example.text) ?? new Set()).add(r.d.label));
  const askedBack =
    fragments.filter((r) => {
      const [a, b] = softmaxRanked(r.scores, temperature, INTENTS);
      const labels = labelsOf.get(r.d.example.text)!;
      return (
        labels.has(INTENTS.indexOf(a!.intent)) &&
        labels.has(INTENTS.indexOf(b!.intent)) &&
        a!.p - b!.p < CLARIFY_MARGIN
      );
    }).length / Math.max(fragments.length, 1);
  return { accuracy, byLanguage, byLanguageEarlier, askedBack, outOfFold, temperature };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const catalog = loadDemoCatalog();
  const examples = readCorpus('train');
  const data = featurise(examples, catalog, evaluationNow(catalog));
  const { accuracy, byLanguage, byLanguageEarlier, askedBack, temperature } = crossValidate(data);
  console.log(
    `${data.length} training utterances; ${FOLDS}-fold cross-validated intent accuracy (folds by template):`,
  );
  for (const [k, v] of Object.entries(accuracy)) console.log(`  ${(v * 100).toFixed(1).padStart(5)} %  ${k}`);
  console.log(
    `shipped, per language (lines with one meaning): ${Object.entries(byLanguage)
      .map(([lang, v]) => `${lang} ${(v * 100).toFixed(1)} %`)
      .join(', ')}`,
  );
  console.log(
    `shipped, per language (lines of the first three waves): ${Object.entries(byLanguageEarlier)
      .map(([lang, v]) => `${lang} ${(v * 100).toFixed(1)} %`)
      .join(', ')}`,
  );
  console.log(
    `fragments to be asked back whose two readings were the two likeliest: ${(askedBack * 100).toFixed(1)} %`,
  );
  console.log(`softmax temperature fitted out of fold: ${temperature}`);
  if (!process.argv.includes('--check')) {
    const file = modelFile(trainIntentWeights(data), temperature, trainingFingerprint(examples));
    const out = fileURLToPath(INTENT_MODEL_PATH);
    writeFileSync(out, `${JSON.stringify(file)}\n`);
    spawnSync('npx', ['biome', 'format', '--write', out], { stdio: 'inherit' });
    console.log(`wrote ${out}: ${Object.keys(file.weights).length} features`);
  }
}
