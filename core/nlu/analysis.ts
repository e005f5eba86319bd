import type { Classification } from './classify-intent.js';
import type { FaqMatch } from './match-faq.js';
import type { Utterance } from './utterance.js';

/** Everything the offline NLU reads from one message before an intent is decided. */
export interface Analysis {
  utterance: Utterance;
  faq: FaqMatch | undefined;
  /** The hand-written rules' reading (classify-intent.ts). */
  rules: Classification;
  tierEnds: ReadonlyMap<number, number>;
}
