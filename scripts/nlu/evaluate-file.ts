/**
 * Scores the offline NLU on any labelled file in the corpus format ({text, intent, slots, lang}, one JSON
 * object a line; `lang` may be missing and counts as "?"), per language and overall:
 *
 *   npx tsx scripts/nlu/evaluate-file.ts <path.jsonl> [more.jsonl …]      (SHOW_MISSES=1 lists the misses)
 *
 * Figures: intent accuracy (and the rules' alone), exact slots (all keys and values equal), "wrong & acted
 * on" (a wrong intent at or above the router's MIN_CONFIDENCE, so the bot would act on it) and, of the wrong
 * readings, the share that was asked back instead (below the floor: a clarifying question).
 * The same code scores the corpus's old held-out split (scripts/nlu/evaluate-heldout.ts), now a dev set.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventCatalog } from '../../core/catalog/event-catalog.js';
import type { Intent, Slots } from '../../core/nlu/label-schema.js';
import { analyseText, askedAboutTickets, understandText } from '../../core/nlu/local-understanding.js';
import { MIN_CONFIDENCE } from '../../core/router/route-intent.js';
import { evaluationNow, loadDemoCatalog } from '../bench/nlu.js';

export interface Labelled {
  text: string;
  intent: Intent;
  slots: Slots;
  lang?: string;
}

export interface Tally {
  n: number;
  intent: number;
  slots: number;
  rules: number;
  wrong: number;
  wrongActed: number;
  /** Right readings the router would still ask back about (below MIN_CONFIDENCE): a tap lost, not a wrong action. */
  rightAsked: number;
}

const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

export function readLabelledFile(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

/** Tallies per language ("all" first); `onMiss` sees every example read wrongly (intent or slots). */
export function evaluateExamples(
  examples: readonly Labelled[],
  catalog: EventCatalog = loadDemoCatalog(),
  onMiss?: (e: Labelled, got: ReturnType<typeof understandText>) => void,
): Map<string, Tally> {
  const now = evaluationNow(catalog);
  const tally = new Map<string, Tally>([
    ['all', { n: 0, intent: 0, slots: 0, rules: 0, wrong: 0, wrongActed: 0, rightAsked: 0 }],
  ]);
  for (const e of examples) {
    const got = understandText(e.text, catalog, now);
    const { rules, utterance } = analyseText(e.text, catalog, now);
    const rulesIntent = askedAboutTickets(rules.intent, utterance) ? 'faq' : rules.intent;
    const intentOk = got.intent === e.intent;
    const slotsOk = canonical(got.slots) === canonical(e.slots);
    if ((!intentOk || !slotsOk) && onMiss) onMiss(e, got);
    for (const key of ['all', e.lang ?? '?']) {
      const t = tally.get(key) ?? {
        n: 0,
        intent: 0,
        slots: 0,
        rules: 0,
        wrong: 0,
        wrongActed: 0,
        rightAsked: 0,
      };
      t.n++;
      if (intentOk) {
        t.intent++;
        if (got.confidence < MIN_CONFIDENCE && got.intent !== 'out_of_scope') t.rightAsked++;
      } else {
        t.wrong++;
        if (got.confidence >= MIN_CONFIDENCE && got.intent !== 'out_of_scope') t.wrongActed++;
      }
      if (slotsOk) t.slots++;
      if (rulesIntent === e.intent) t.rules++;
      tally.set(key, t);
    }
  }
  return tally;
}

const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(1)} %`;

export function formatTally(tally: Map<string, Tally>): string[] {
  return [...tally].map(
    ([key, t]) =>
      `${key.padEnd(3)}  ${String(t.n).padStart(4)} utterances  intent ${pct(t.intent, t.n)} (rules alone ${pct(t.rules, t.n)})  exact slots ${pct(t.slots, t.n)}  wrong & acted on ${pct(t.wrongActed, t.n)} (of the wrong: ${pct(t.wrong - t.wrongActed, t.wrong)} asked back)  right but asked back ${pct(t.rightAsked, t.n)}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/nlu/evaluate-file.ts <path.jsonl> [more.jsonl …]');
    process.exit(2);
  }
  const catalog = loadDemoCatalog();
  for (const file of files) {
    console.log(file);
    const tally = evaluateExamples(readLabelledFile(file), catalog, (e, got) => {
      if (process.env.SHOW_MISSES)
        console.log(
          `  ✗ ${e.text} → ${got.intent} ${JSON.stringify(got.slots)} (${got.confidence}) ≠ ${e.intent} ${JSON.stringify(e.slots)}`,
        );
    });
    for (const line of formatTally(tally)) console.log(line);
  }
}
