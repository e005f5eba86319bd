import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogFromEventFile, type EventCatalog } from '../../core/catalog/event-catalog.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import type { Intent, Slots } from '../../core/nlu/label-schema.js';
import { understandText } from '../../core/nlu/local-understanding.js';
import { benchLlmFallback } from './nlu-llm-fallback.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_SET_PATH = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
export const HOLDOUT_PATH = path.resolve(repoRoot, 'tests/unit/nlu/holdout.jsonl');
export const DEMO_EVENT_PATH = path.resolve(repoRoot, 'fixtures/demo-event.json');

export interface LabelledUtterance {
  text: string;
  intent: Intent;
  slots: Slots;
}

export interface NluScores {
  utterances: number;
  intentAccuracy: number;
  /** Share of utterances whose slots equal the expected ones exactly (all keys, all values). */
  slotAccuracy: number;
  perSlot: Record<string, { precision: number; recall: number; expected: number }>;
  misses: { text: string; expected: LabelledUtterance; got: { intent: Intent; slots: Slots } }[];
}

export function readLabelled(file: string): LabelledUtterance[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledUtterance);
}

export function loadDemoCatalog(): EventCatalog {
  return catalogFromEventFile(parseEventFile(JSON.parse(readFileSync(DEMO_EVENT_PATH, 'utf8'))));
}

/**
 * The labels were written without a clock, so "tomorrow" must not land on an event day: evaluate as of a
 * month before the event.
 */
export function evaluationNow(catalog: EventCatalog): Date {
  return new Date(Date.parse(catalog.startsAt) - 30 * 24 * 3600 * 1000);
}

const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

export function scoreUnderstanding(
  examples: readonly LabelledUtterance[],
  catalog: EventCatalog,
  now: Date,
): NluScores {
  let intents = 0;
  let exactSlots = 0;
  const counts: Record<string, { tp: number; predicted: number; expected: number }> = {};
  const misses: NluScores['misses'] = [];
  for (const example of examples) {
    const got = understandText(example.text, catalog, now);
    const intentOk = got.intent === example.intent;
    const slotsOk = canonical(got.slots) === canonical(example.slots);
    if (intentOk) intents++;
    if (slotsOk) exactSlots++;
    if (!intentOk || !slotsOk)
      misses.push({ text: example.text, expected: example, got: { intent: got.intent, slots: got.slots } });
    for (const key of new Set([...Object.keys(example.slots), ...Object.keys(got.slots)])) {
      counts[key] ??= { tp: 0, predicted: 0, expected: 0 };
      const c = counts[key];
      const want = example.slots[key as keyof Slots];
      const have = got.slots[key as keyof Slots];
      if (want !== undefined) c.expected++;
      if (have !== undefined) c.predicted++;
      if (want !== undefined && canonical(want) === canonical(have)) c.tp++;
    }
  }
  const n = Math.max(examples.length, 1);
  const perSlot = Object.fromEntries(
    Object.entries(counts).map(([key, c]) => [
      key,
      {
        precision: c.predicted ? c.tp / c.predicted : 1,
        recall: c.expected ? c.tp / c.expected : 1,
        expected: c.expected,
      },
    ]),
  );
  return {
    utterances: examples.length,
    intentAccuracy: intents / n,
    slotAccuracy: exactSlots / n,
    perSlot,
    misses,
  };
}

function table(out: NodeJS.WritableStream, title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  out.write(`\n${title}\n`);
  for (const [k, v] of rows) out.write(`  ${k.padEnd(width)}  ${v}\n`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * Throughput of the offline NLU (single thread, catalog indexed once) over the dev set repeated to at
 * least 20,000 utterances after a warm-up, plus its accuracy on the dev set and the holdout set.
 */
export async function benchNlu(opts: {
  json: boolean;
  out: NodeJS.WritableStream;
}): Promise<Record<string, number>> {
  const catalog = loadDemoCatalog();
  const now = evaluationNow(catalog);
  const dev = existsSync(DEV_SET_PATH) ? readLabelled(DEV_SET_PATH) : readLabelled(HOLDOUT_PATH);
  const texts = dev.map((e) => e.text);
  for (let i = 0; i < 2_000; i++) understandText(texts[i % texts.length]!, catalog, now);
  const rounds = Math.ceil(20_000 / texts.length);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) understandText(text, catalog, now);
  const seconds = (performance.now() - started) / 1000;
  const utterances = rounds * texts.length;
  const devScores = scoreUnderstanding(dev, catalog, now);
  const holdout = existsSync(HOLDOUT_PATH)
    ? scoreUnderstanding(readLabelled(HOLDOUT_PATH), catalog, now)
    : undefined;

  table(opts.out, 'NLU (offline, single thread)', [
    ['utterances', String(utterances)],
    ['seconds', seconds.toFixed(3)],
    ['utterances/s', Math.round(utterances / seconds).toLocaleString('en')],
    ['mean latency', `${((seconds * 1e6) / utterances).toFixed(1)} µs`],
    [`dev intent accuracy (${devScores.utterances})`, pct(devScores.intentAccuracy)],
    ['dev exact-slots accuracy', pct(devScores.slotAccuracy)],
    ...(holdout
      ? ([
          [`holdout intent accuracy (${holdout.utterances})`, pct(holdout.intentAccuracy)],
          ['holdout exact-slots accuracy', pct(holdout.slotAccuracy)],
        ] as [string, string][])
      : []),
  ]);
  const fallback = await benchLlmFallback(texts, catalog, now);
  table(opts.out, 'OpenAI provider too slow → local answer (timeout 2 s, 50 at once)', [
    ['messages', String(fallback.samples)],
    ['p50', `${fallback.p50.toFixed(0)} ms`],
    ['p99', `${fallback.p99.toFixed(0)} ms`],
    ['fallbacks by reason', JSON.stringify(fallback.fallbacks)],
  ]);
  table(
    opts.out,
    'dev slots: precision / recall (expected)',
    Object.entries(devScores.perSlot).map(([slot, s]) => [
      slot,
      `${pct(s.precision)} / ${pct(s.recall)} (${s.expected})`,
    ]),
  );
  if (opts.json === false && devScores.misses.length > 0) {
    table(
      opts.out,
      'dev misses',
      devScores.misses.map((m) => [
        m.text,
        `${m.got.intent} ${JSON.stringify(m.got.slots)} ≠ ${m.expected.intent} ${JSON.stringify(m.expected.slots)}`,
      ]),
    );
  }
  return {
    utterances_per_s: Math.round(utterances / seconds),
    intent_accuracy: Math.round(devScores.intentAccuracy * 1000) / 1000,
    slot_accuracy: Math.round(devScores.slotAccuracy * 1000) / 1000,
    llm_fallback_p99_ms: Math.round(fallback.p99),
  };
}
