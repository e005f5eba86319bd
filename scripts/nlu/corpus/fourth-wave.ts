import type { Intent } from '../../../core/nlu/label-schema.js';

/**
 * A wave of templates that also holds fragments to be asked back: `askBack` templates are written once per
 * listed intent with the same text, so the model learns that they mean either (about even odds) and the
 * router asks which one was meant instead of acting (core/nlu/decide-intent.ts, CLARIFY_MARGIN).
 */
export interface FourthWave {
  intents: Partial<Record<Intent, readonly string[]>>;
  askBack: readonly { intents: readonly [Intent, Intent]; templates: readonly string[] }[];
}
