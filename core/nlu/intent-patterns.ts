import { CHAT_PATTERNS } from './chat-patterns.js';
import { type CompiledPattern, compilePatterns } from './compile-patterns.js';
import { INFO_PATTERNS } from './info-patterns.js';
import { INTENT_MACROS } from './intent-macros.js';
import type { Intent } from './label-schema.js';
import { indexPatterns, type PatternIndex } from './match-patterns.js';
import { NETWORKING_PATTERNS } from './networking-patterns.js';
import { TICKET_PATTERNS } from './ticket-patterns.js';

function compileAll(): CompiledPattern[] {
  const all: CompiledPattern[] = [];
  for (const family of [TICKET_PATTERNS, NETWORKING_PATTERNS, INFO_PATTERNS, CHAT_PATTERNS]) {
    for (const [intent, lines] of Object.entries(family) as [Intent, readonly string[]][]) {
      all.push(...compilePatterns(intent, lines, INTENT_MACROS, all.length));
    }
  }
  return all;
}

/** Every intent pattern, compiled once when the module loads. */
export const INTENT_PATTERNS: readonly CompiledPattern[] = compileAll();

export const INTENT_PATTERN_INDEX: PatternIndex = indexPatterns(INTENT_PATTERNS);

/** The words the patterns are written in: what the spelling corrector should steer typos towards. */
export const PATTERN_WORDS: ReadonlySet<string> = new Set(
  INTENT_PATTERNS.flatMap((p) =>
    p.atoms.flatMap((atom) => (atom.kind === 'alternatives' ? [...atom.words] : [])),
  ),
);
