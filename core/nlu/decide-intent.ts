import type { Analysis } from './analysis.js';
import { intentFeatures } from './intent-features.js';
import { intentModel } from './intent-model.js';
import type { Intent } from './label-schema.js';

/**
 * The rules' confidence from which their reading stands, and the model's probability from which it replaces
 * the rules' reading. Chosen by 5-fold cross-validation on the training corpus, folds holding whole templates
 * (scripts/nlu/train-intent-model.ts), after the corpus got a second wave of sentence structures: rules
 * alone 62.2 %, model fed the rules' reading 82.3 %, rules when ≥ 0.45 else that model 74.7 %, rules when
 * ≥ 0.8 else the model (p ≥ 0.3) 81.9 %, and what ships (below: a reading the rules would act on also
 * stands while the model does not clearly prefer another; a social reading of more than three words is
 * never "very sure") 82.2 %. With the third corpus wave and the softmax-regression trainer (12,305 lines):
 * rules alone 59.8 %, model alone 83.3 %, what ships 85.1 % (core/nlu/corpus/README.md). The rules are tuned on few phrasings:
 * only their very sure readings beat the model on phrasings they were not written for.
 * MODEL_TRUSTED = 0.3 keeps the rules' "out of scope" for gibberish and empty text, where the model has no
 * real preference.
 */
export const RULES_SURE = 0.8;
export const MODEL_TRUSTED = 0.3;
/**
 * The model's probability from which it overrules even very sure rules. 5-fold CV (folds by template,
 * third corpus wave): 84.9 % without, 85.1 % with any value from 0.5 to 0.8 — 0.8 is the cautious end.
 */
export const MODEL_OVERRULES = 0.8;
/** Keep in step with MIN_CONFIDENCE in core/router/route-intent.ts (nlu must not import the router). */
export const ACT_FLOOR = 0.45;
/**
 * When the model's two best readings are closer than this, its reading is not acted on: the router asks
 * which one was meant. Measured on the dev sets (the corpus's old held-out split): margin 0.2 turns 0.3 % of
 * messages from a wrong action into a question and 0.4 % of right readings into a question; 0.3 and 0.4
 * cost more right readings than they save wrong ones.
 */
export const CLARIFY_MARGIN = 0.2;
/**
 * A fragment the rules do not understand ("the list", "lista", "list pls") names a topic, not a request:
 * its few words also occur in whole requests ("put me on the list", "am I on the list?") that pull the model
 * towards one of them. Unless the model is this sure, a fragment of up to FRAGMENT_WORDS words with a
 * real second reading is asked back. Of the 2,290 dev lines (old held-out split, the 2026-12-05 set,
 * nlu-unseen, dev.jsonl), 63 are such fragments and this rule made none of their right readings a question; with
 * up to 3 words, two right readings did ("mostra meus compromissos"), so 2 it is.
 */
export const FRAGMENT_WORDS = 2;
export const FRAGMENT_SURE = 0.8;
/** A candidate below this is no real alternative: a choice between a likely reading and noise is no choice. */
const ALTERNATIVE_FLOOR = 0.12;
/**
 * Never offered as a choice: "yes"/"no" mean nothing without a pending question (the router answers those
 * before it gets here), and "did you mean saying hello?" or "… something else?" helps nobody.
 */
const NOT_A_CHOICE = new Set<Intent>(['out_of_scope', 'confirm', 'deny', 'greeting', 'thanks']);

/** Short social turns ("yes", "no thanks", "hi"): the rules' "very sure" means little in a longer message. */
const SOCIAL = new Set<Intent>(['confirm', 'deny', 'greeting', 'thanks']);
const SOCIAL_MAX_WORDS = 3;
/**
 * "no quiero más notificaciones" starts like a refusal but asks to stop the messages: a social reading of
 * more than a few words goes to the model even when the patterns are sure of it.
 */
const socialInALongMessage = (intent: Intent, words: number) =>
  SOCIAL.has(intent) && words > SOCIAL_MAX_WORDS;

export interface Decision {
  intent: Intent;
  confidence: number;
  /** The model's two best intents when the decision is below ACT_FLOOR and both are real candidates. */
  alternatives?: [Intent, Intent];
}

/**
 * Decides the intent: the hand-written rules when they are very sure, otherwise the learned model (which
 * also sees what the rules made of the message) when it has a real preference. The confidence is the decider's
 * own — the model's is a softmax probability calibrated out of fold — so an unsure guess stays below the
 * router's floor and becomes a clarifying question with choices instead of an action.
 */
export function decideIntent(analysis: Analysis): Decision {
  const { utterance, faq, rules } = analysis;
  const fromRules = { intent: rules.intent, confidence: rules.confidence };
  if (utterance.words.length === 0) return fromRules;
  const rulesSure =
    rules.confidence >= RULES_SURE && !socialInALongMessage(rules.intent, utterance.words.length);
  const { ranked } = intentModel().classify(intentFeatures(utterance, faq, rules));
  const [best, second] = ranked;
  if (rulesSure) {
    // "no puedo llegar a la reunión con Kwame" matches a meeting request's pattern: the model, which has
    // seen such sentences, overrules the patterns only when it is at least as sure of another reading.
    if (best && best.intent !== rules.intent && best.p >= MODEL_OVERRULES)
      return { intent: best.intent, confidence: Math.round(best.p * 1000) / 1000 };
    return fromRules;
  }
  const openQuestion =
    rules.intent === 'out_of_scope' && utterance.asked && !utterance.mentions.some((m) => m.strength >= 2);
  if (best && best.p < ACT_FLOOR && openQuestion) return fromRules;
  if (!best || best.p < MODEL_TRUSTED) return withAlternatives(fromRules, ranked);
  // Unsure of a social turn ("qwerty zxcv" → "yes"?), or of an open question no catalog entity anchors
  // ("are dogs welcome?"): the rules' "not understood" stands, so the FAQ library gets its second look and
  // the question is noted as a gap instead of being asked back as a choice between two unrelated requests.
  if (best.p < ACT_FLOOR && rules.intent === 'out_of_scope' && NOT_A_CHOICE.has(best.intent))
    return fromRules;
  // A reading the rules would act on stands unless the model clearly prefers another one.
  const rulesP = ranked.find((r) => r.intent === rules.intent)?.p ?? 0;
  if (rules.confidence >= ACT_FLOOR && best.p - rulesP < CLARIFY_MARGIN) return fromRules;
  // "Not an event request" is never a reading to act on, however sure: the router says so and offers help.
  if (best.intent === 'out_of_scope')
    return { intent: 'out_of_scope', confidence: Math.min(best.p, rules.confidence) };
  let confidence = Math.round(best.p * 1000) / 1000;
  // Two readings nearly as likely: asking costs a tap, a wrong action costs much more.
  if (second && best.p - second.p < CLARIFY_MARGIN) confidence = Math.min(confidence, ACT_FLOOR - 0.01);
  if (second && isFragment(analysis) && best.p < FRAGMENT_SURE && isChoice(best) && isChoice(second))
    confidence = Math.min(confidence, ACT_FLOOR - 0.01);
  return withAlternatives({ intent: best.intent, confidence }, ranked);
}

const isFragment = ({ rules, utterance }: Analysis) =>
  rules.intent === 'out_of_scope' && utterance.words.length <= FRAGMENT_WORDS;
const isChoice = (r: { intent: Intent; p: number }) =>
  !NOT_A_CHOICE.has(r.intent) && r.p >= ALTERNATIVE_FLOOR;

/** An unsure decision gets the model's two likeliest requests as the choices of a clarifying question. */
function withAlternatives(decision: Decision, ranked: readonly { intent: Intent; p: number }[]): Decision {
  if (decision.confidence >= ACT_FLOOR) return decision;
  const [a, b] = ranked.filter(isChoice);
  return a && b ? { ...decision, alternatives: [a.intent, b.intent] } : decision;
}
