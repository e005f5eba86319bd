import type { Intent } from './label-schema.js';

/**
 * A tiny phrase-pattern language, so the intent lexicons read like the messages they recognise:
 *   "3 cancel ** @booking"  →  weight 3, the word "cancel", up to 6 words of anything, then a booking noun.
 * Atoms: `a|b|c` (alternatives; a trailing "s"/"es" on the message word is tolerated), `x?` (optional),
 * `*` (gap of 0..3 words), `**` (gap of 0..6), `^` / `$` (start / end of the message), `@macro` (a named
 * alternative list), `#num`, `#tier`, `#person`, `#session`, `#sponsor`, `#time`, `#date` (spans found by the
 * entity linker and the number/time parsers).
 */
export type SpanKind = 'num' | 'tier' | 'person' | 'session' | 'sponsor' | 'time' | 'date';

/** One position: any of some words or spans ("meeting|#time"), or a gap. */
export type Atom =
  | { kind: 'alternatives'; words: ReadonlySet<string>; spans: readonly SpanKind[]; optional: boolean }
  | { kind: 'gap'; max: number };

export interface CompiledPattern {
  id: number;
  intent: Intent;
  weight: number;
  source: string;
  atoms: Atom[];
  atStart: boolean;
  atEnd: boolean;
}

const SPAN_KINDS = new Set<string>(['num', 'tier', 'person', 'session', 'sponsor', 'time', 'date']);

function compileAtom(raw: string, macros: Readonly<Record<string, string>>, source: string): Atom {
  if (raw === '*') return { kind: 'gap', max: 3 };
  if (raw === '**') return { kind: 'gap', max: 6 };
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  const words: string[] = [];
  const spans: SpanKind[] = [];
  for (const alternative of body.split('|')) {
    if (alternative.startsWith('#')) {
      const span = alternative.slice(1);
      if (!SPAN_KINDS.has(span)) throw new Error(`Unknown span "${alternative}" in pattern "${source}"`);
      spans.push(span as SpanKind);
    } else if (alternative.startsWith('@')) {
      const macro = macros[alternative.slice(1)];
      if (macro === undefined) throw new Error(`Unknown macro "${alternative}" in pattern "${source}"`);
      words.push(...macro.split('|'));
    } else {
      words.push(alternative);
    }
  }
  return { kind: 'alternatives', words: new Set(words), spans, optional };
}

/** Patterns are "<weight> <atoms…>"; a negative weight counts against the intent. */
export function compilePatterns(
  intent: Intent,
  lines: readonly string[],
  macros: Readonly<Record<string, string>>,
  firstId: number,
): CompiledPattern[] {
  return lines.map((line, index) => {
    const [weightText, ...rawAtoms] = line.trim().split(/\s+/);
    const weight = Number(weightText);
    if (!Number.isFinite(weight) || rawAtoms.length === 0) throw new Error(`Bad pattern "${line}"`);
    const atStart = rawAtoms[0] === '^';
    const atEnd = rawAtoms.at(-1) === '$';
    const atoms = rawAtoms
      .slice(atStart ? 1 : 0, atEnd ? -1 : undefined)
      .map((raw) => compileAtom(raw, macros, line));
    const first = atoms[0];
    if (!first || first.kind === 'gap' || first.optional) {
      throw new Error(`Pattern "${line}" must start with a required word or span`);
    }
    return { id: firstId + index, intent, weight, source: line, atoms, atStart, atEnd };
  });
}
