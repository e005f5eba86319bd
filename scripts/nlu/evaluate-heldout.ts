/**
 * The one evaluation of the held-out part of core/nlu/corpus (whole templates no rule, weight or threshold
 * was ever chosen on). Run it once, after the model and its thresholds are final, and report the figure;
 * running it again to tune anything would make it a development set.
 *
 *   npx tsx scripts/nlu/evaluate-heldout.ts
 */
import { analyseText, askedAboutTickets, understandText } from '../../core/nlu/local-understanding.js';
import { MIN_CONFIDENCE } from '../../core/router/route-intent.js';
import { evaluationNow, loadDemoCatalog } from '../bench/nlu.js';
import { readCorpus } from './intent-training.js';

const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const examples = readCorpus('heldout');
const tally = new Map<
  string,
  { n: number; intent: number; slots: number; rules: number; wrongActed: number; wrong: number }
>();
for (const e of examples) {
  const got = understandText(e.text, catalog, now);
  const { rules, utterance } = analyseText(e.text, catalog, now);
  const rulesIntent = askedAboutTickets(rules.intent, utterance) ? 'faq' : rules.intent;
  for (const key of ['all', e.lang]) {
    const t = tally.get(key) ?? { n: 0, intent: 0, slots: 0, rules: 0, wrongActed: 0, wrong: 0 };
    t.n++;
    if (got.intent === e.intent) t.intent++;
    else {
      t.wrong++;
      if (got.confidence >= MIN_CONFIDENCE && got.intent !== 'out_of_scope') t.wrongActed++;
    }
    if (canonical(got.slots) === canonical(e.slots)) t.slots++;
    if (rulesIntent === e.intent) t.rules++;
    tally.set(key, t);
  }
}
const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(1)} %`;
for (const [key, t] of tally) {
  console.log(
    `${key.padEnd(3)}  ${String(t.n).padStart(4)} utterances  intent ${pct(t.intent, t.n)} (rules alone ${pct(t.rules, t.n)})  exact slots ${pct(t.slots, t.n)}  wrong & acted on ${pct(t.wrongActed, t.n)} (of the wrong: ${pct(t.wrong - t.wrongActed, t.wrong)} asked back)`,
  );
}
