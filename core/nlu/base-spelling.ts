import { DATE_WORDS } from './calendar-words.js';
import { COMMON_WORDS, FUNCTION_WORDS } from './common-words.js';
import { INTEREST_WORDS } from './extract-interests.js';
import { FAQ_CONCEPTS } from './faq-concepts.js';
import { PATTERN_WORDS } from './intent-patterns.js';
import { NUMBER_WORDS } from './number-words.js';
import { SLANG_WORDS } from './slang-words.js';
import { SpellingIndex } from './spelling-index.js';

function baseVocabulary(): Set<string> {
  const words = new Set<string>([
    ...PATTERN_WORDS,
    ...INTEREST_WORDS,
    ...Object.keys(NUMBER_WORDS),
    ...DATE_WORDS,
    ...Object.values(SLANG_WORDS).flatMap((w) => w.split(' ')),
    ...Object.values(FAQ_CONCEPTS).flatMap((c) => c.words.flatMap((w) => w.split(' '))),
    ...['noon', 'midday', 'midnight', 'oclock', 'half', 'quarter', 'past', 'morning', 'afternoon', 'evening'],
  ]);
  // Typos of plurals ("tikets") should land on the plural, which the patterns accept.
  for (const word of [...words]) if (word.length >= 4 && !word.endsWith('s')) words.add(`${word}s`);
  return words;
}

/** The event-independent spelling index, built once. */
export const BASE_SPELLING = new SpellingIndex(baseVocabulary(), [...COMMON_WORDS, ...FUNCTION_WORDS]);
