/**
 * Intent and exact-slot accuracy of the offline NLU on labelled sets, e.g. the shared dev set:
 *
 *   npx tsx scripts/nlu/evaluate-sets.ts ../shared/nlu/dev.jsonl tests/fixtures/nlu-unseen.jsonl
 */
import { evaluationNow, loadDemoCatalog, readLabelled, scoreUnderstanding } from '../bench/nlu.js';

const catalog = loadDemoCatalog();
for (const file of process.argv.slice(2)) {
  const s = scoreUnderstanding(readLabelled(file), catalog, evaluationNow(catalog));
  console.log(
    `${file}: ${s.utterances} utterances, intent ${(s.intentAccuracy * 100).toFixed(1)} %, exact slots ${(s.slotAccuracy * 100).toFixed(1)} %`,
  );
  if (process.env.SHOW_MISSES)
    for (const m of s.misses)
      console.log(
        `  ${m.text} → ${m.got.intent} ${JSON.stringify(m.got.slots)} ≠ ${m.expected.intent} ${JSON.stringify(m.expected.slots)}`,
      );
}
