import type { Analysis } from './analysis.js';
import { intentFeatures } from './intent-features.js';
import { intentModel } from './intent-model.js';
import type { Intent } from './label-schema.js';

/**
 * The rules' confidence from which their reading stands, and the model's probability from which it replaces
 * an unsure rules reading. Chosen by 5-fold cross-validation on the training corpus, folds holding whole
 * templates (scripts/nlu/train-intent-model.ts): rules alone 69.1 %, model alone 66.3 %, model fed the
 * rules' reading 76.5 %, rules when sure (≥ 0.5) else that model 78.8 % (0.4: 77.7 %, 0.6: 78.6 %,
 * 0.7: 78.5 %). Requiring p ≥ 0.3 costs 0.5 points (78.3 %) and keeps the rules' "out of scope" for
 * gibberish and empty text: below 0.3 the message is "not understood" either way (router MIN_CONFIDENCE).
 */
export const RULES_SURE = 0.5;
export const MODEL_TRUSTED = 0.3;

/**
 * Decides the intent: the hand-written rules when they are sure, otherwise the learned model (which also
 * sees what the rules made of the message) when it has a real preference. The confidence is the decider's
 * own — the model's is a softmax probability calibrated out of fold — so an unsure guess stays below the
 * router's floor and becomes a clarifying question with choices instead of an action.
 */
export function decideIntent(analysis: Analysis): { intent: Intent; confidence: number } {
  const { utterance, faq, rules } = analysis;
  const fromRules = { intent: rules.intent, confidence: rules.confidence };
  if (rules.confidence >= RULES_SURE || utterance.words.length === 0) return fromRules;
  const best = intentModel().classify(intentFeatures(utterance, faq, rules)).ranked[0]!;
  if (best.p < MODEL_TRUSTED) return fromRules;
  return { intent: best.intent, confidence: Math.round(best.p * 1000) / 1000 };
}
