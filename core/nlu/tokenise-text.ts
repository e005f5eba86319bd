import { normaliseText } from './normalise-text.js';
import { PHRASE_REWRITES, SLANG_WORDS } from './slang-words.js';

export interface TokenisedText {
  words: string[];
  /** breaks[i]: punctuation stood between words[i - 1] and words[i], i.e. a clause or list boundary. */
  breaks: boolean[];
  /** The writer asked something ("?" anywhere). */
  asked: boolean;
}

const TOKEN =
  /(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2})|(\d+(?:[.,]\d+)?(?:e[+-]?\d+)?)|([a-z]+(?:'[a-z]+)*)|([,.;:!?()/&+-]+)|([€$£])/g;

const IS_SUFFIX_WORDS = new Set('what where when who how it that there here he she'.split(' '));
const APOSTROPHE_SUFFIXES: Record<string, string> = {
  m: 'am',
  re: 'are',
  ll: 'will',
  d: 'would',
  ve: 'have',
};
const NEGATED: Record<string, string> = { can: 'can', ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

function expandApostrophe(word: string): string[] {
  const at = word.indexOf("'");
  const stem = word.slice(0, at);
  const suffix = word.slice(at + 1);
  if (suffix === 't' && stem.endsWith('n')) {
    const base = stem.slice(0, -1);
    return [NEGATED[base] ?? base, 'not'];
  }
  if (suffix === 's') {
    if (stem === 'let') return ['let', 'us'];
    // Otherwise a possessive: "Hiro's workshop" is about Hiro.
    return IS_SUFFIX_WORDS.has(stem) ? [stem, 'is'] : [stem];
  }
  const expanded = APOSTROPHE_SUFFIXES[suffix];
  return expanded ? [stem, expanded] : [word.replace(/'/g, '')];
}

interface PhraseRule {
  from: string[];
  to: string[];
}

const PHRASES_BY_FIRST = new Map<string, PhraseRule[]>();
for (const [from, to] of PHRASE_REWRITES) {
  const rule = { from: from.split(' '), to: to.split(' ') };
  const list = PHRASES_BY_FIRST.get(rule.from[0]!) ?? [];
  list.push(rule);
  list.sort((a, b) => b.from.length - a.from.length);
  PHRASES_BY_FIRST.set(rule.from[0]!, list);
}

/** Joins multi-word spellings of one concept ("waiting list" → "waitlist"); exported to rerun after typo fixes. */
export function rewritePhrases(words: string[], breaks: boolean[]): Pick<TokenisedText, 'words' | 'breaks'> {
  const out: string[] = [];
  const outBreaks: boolean[] = [];
  for (let i = 0; i < words.length; ) {
    const rule = PHRASES_BY_FIRST.get(words[i]!)?.find((r) =>
      r.from.every((w, k) => words[i + k] === w && (k === 0 || !breaks[i + k])),
    );
    const taken = rule ? rule.from.length : 1;
    const produced = rule ? rule.to : [words[i]!];
    produced.forEach((w, k) => {
      out.push(w);
      outBreaks.push(k === 0 ? breaks[i]! : false);
    });
    i += taken;
  }
  return { words: out, breaks: outBreaks };
}

export function tokeniseText(text: string): TokenisedText {
  const normalised = normaliseText(text);
  const words: string[] = [];
  const breaks: boolean[] = [];
  let pendingBreak = false;
  for (const match of normalised.matchAll(TOKEN)) {
    const [whole, clock, number, word, punctuation, currency] = match;
    if (punctuation) {
      pendingBreak = true;
      continue;
    }
    const pieces = word
      ? (word.includes("'") ? expandApostrophe(word) : [word]).flatMap((w) =>
          (SLANG_WORDS[w] ?? w).split(' '),
        )
      : [clock ?? number ?? currency ?? whole];
    for (const piece of pieces) {
      if (!piece) continue;
      words.push(piece);
      breaks.push(pendingBreak);
      pendingBreak = false;
    }
  }
  return { ...rewritePhrases(words, breaks), asked: normalised.includes('?') };
}
