import type { Classification } from './classify-intent.js';
import type { FaqMatch } from './match-faq.js';
import type { Utterance } from './utterance.js';

/** Character n-grams of every word (with "<" and ">" at its ends): typos and inflections share most of them. */
const CHAR_GRAMS = [3, 4] as const;

/**
 * What the learned intent model sees of a message: its (normalised, typo-corrected) words and word pairs,
 * the character n-grams of those words, the kinds of catalog entities and values it names, whether an FAQ
 * matched, and the rules' own reading — the model learns from the corpus how far to trust each of them.
 */
export function intentFeatures(u: Utterance, faq: FaqMatch | undefined, rules: Classification): string[] {
  const out = new Set<string>();
  const words = u.words;
  if (words.length === 0) out.add('empty');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.add(`w:${w}`);
    out.add(i + 1 < words.length ? `b:${w} ${words[i + 1]}` : `b:${w} >`);
    if (i === 0) out.add(`b:< ${w}`);
    const padded = `<${w}>`;
    for (const n of CHAR_GRAMS)
      for (let k = 0; k + n <= padded.length; k++) out.add(`c:${padded.slice(k, k + n)}`);
  }
  if (words.length <= 2) out.add('short');
  for (const m of u.mentions) out.add(m.strength >= 2 ? `e:${m.kind}` : `e:weak-${m.kind}`);
  if (u.times.length > 0) out.add('e:time');
  if (u.dates.length > 0) out.add('e:date');
  if (u.quantities.length > 0) out.add('e:quantity');
  if (u.asked) out.add('asked');
  if (faq && faq.score >= 1)
    out.add(faq.score >= 1.5 && faq.score - faq.runnerUp >= 0.5 ? 'faq:clear' : 'faq:some');
  const [first, second] = rules.ranked;
  out.add(`r:${rules.intent}`);
  if (first && first.score >= 3) out.add(`r-strong:${first.intent}`);
  if (second) out.add(`r2:${second.intent}`);
  return [...out];
}
