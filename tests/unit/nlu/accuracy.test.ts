import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEV_SET_PATH,
  evaluationNow,
  HOLDOUT_PATH,
  loadDemoCatalog,
  type NluScores,
  readLabelled,
  scoreUnderstanding,
} from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const missesOf = (scores: NluScores) =>
  scores.misses.map((m) => `${m.text} → ${m.got.intent} ${JSON.stringify(m.got.slots)}`).join('\n');
const now = evaluationNow(catalog);

describe('accuracy on labelled sets', () => {
  // The dev set lives in the shared workspace next to the repository (docs/architecture.md).
  it.skipIf(!existsSync(DEV_SET_PATH))(
    'meets the dev-set thresholds (intent ≥ 0.97, exact slots ≥ 0.95)',
    () => {
      const scores = scoreUnderstanding(readLabelled(DEV_SET_PATH), catalog, now);
      expect(scores.intentAccuracy, missesOf(scores)).toBeGreaterThanOrEqual(0.97);
      expect(scores.slotAccuracy, missesOf(scores)).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('generalises to the held-out utterances (intent ≥ 0.9, exact slots ≥ 0.9)', () => {
    const examples = readLabelled(HOLDOUT_PATH);
    expect(examples.length).toBeGreaterThanOrEqual(40);
    const scores = scoreUnderstanding(examples, catalog, now);
    expect(scores.intentAccuracy, missesOf(scores)).toBeGreaterThanOrEqual(0.9);
    expect(scores.slotAccuracy, missesOf(scores)).toBeGreaterThanOrEqual(0.9);
  });
});
