import type { Atom, CompiledPattern, SpanKind } from './compile-patterns.js';

export interface PatternInput {
  words: readonly string[];
  /** spansAt[i]: the spans (entities, numbers, times) that start at word i, with the index just past them. */
  spansAt: readonly (readonly { kind: SpanKind; end: number }[] | undefined)[];
}

/** Patterns indexed by what their first atom can match, so a message only tries the few that could fit. */
export interface PatternIndex {
  byWord: Map<string, CompiledPattern[]>;
  bySpan: Map<SpanKind, CompiledPattern[]>;
}

export function indexPatterns(patterns: readonly CompiledPattern[]): PatternIndex {
  const byWord = new Map<string, CompiledPattern[]>();
  const bySpan = new Map<SpanKind, CompiledPattern[]>();
  for (const pattern of patterns) {
    const first = pattern.atoms[0]!;
    if (first.kind !== 'alternatives') continue;
    for (const span of first.spans) bySpan.set(span, [...(bySpan.get(span) ?? []), pattern]);
    for (const word of first.words) byWord.set(word, [...(byWord.get(word) ?? []), pattern]);
  }
  return { byWord, bySpan };
}

function wordMatches(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true;
  // Plurals: "tickets", "passes", "meetings" match patterns written in the singular.
  const n = word.length;
  if (n > 3 && word.charCodeAt(n - 1) === 115) {
    if (words.has(word.slice(0, -1))) return true;
    if (n > 4 && word.charCodeAt(n - 2) === 101 && words.has(word.slice(0, -2))) return true;
  }
  return false;
}

function matchFrom(
  pattern: CompiledPattern,
  atoms: Atom[],
  ai: number,
  pos: number,
  input: PatternInput,
): boolean {
  const n = input.words.length;
  if (ai === atoms.length) return !pattern.atEnd || pos === n;
  const atom = atoms[ai]!;
  if (atom.kind === 'gap') {
    for (let skip = 0; skip <= atom.max && pos + skip <= n; skip++) {
      if (matchFrom(pattern, atoms, ai + 1, pos + skip, input)) return true;
    }
    return false;
  }
  if (
    pos < n &&
    wordMatches(atom.words, input.words[pos]!) &&
    matchFrom(pattern, atoms, ai + 1, pos + 1, input)
  ) {
    return true;
  }
  if (atom.spans.length > 0) {
    for (const span of input.spansAt[pos] ?? []) {
      if (atom.spans.includes(span.kind) && matchFrom(pattern, atoms, ai + 1, span.end, input)) return true;
    }
  }
  return atom.optional && matchFrom(pattern, atoms, ai + 1, pos, input);
}

function candidatesFor(index: PatternIndex, word: string): CompiledPattern[] | undefined {
  const direct = index.byWord.get(word);
  if (word.length <= 3 || !word.endsWith('s')) return direct;
  const singular = index.byWord.get(word.slice(0, -1));
  const esSingular = word.endsWith('es') ? index.byWord.get(word.slice(0, -2)) : undefined;
  if (!singular && !esSingular) return direct;
  return [...(direct ?? []), ...(singular ?? []), ...(esSingular ?? [])];
}

/** Every pattern that matches somewhere in the message (each at most once). */
export function matchPatterns(index: PatternIndex, input: PatternInput): CompiledPattern[] {
  const matched = new Map<number, CompiledPattern>();
  const tryAt = (pattern: CompiledPattern, pos: number) => {
    if (matched.has(pattern.id) || (pattern.atStart && pos !== 0)) return;
    if (matchFrom(pattern, pattern.atoms, 0, pos, input)) matched.set(pattern.id, pattern);
  };
  for (let pos = 0; pos < input.words.length; pos++) {
    for (const pattern of candidatesFor(index, input.words[pos]!) ?? []) tryAt(pattern, pos);
    for (const span of input.spansAt[pos] ?? []) {
      for (const pattern of index.bySpan.get(span.kind) ?? []) tryAt(pattern, pos);
    }
  }
  return [...matched.values()];
}
