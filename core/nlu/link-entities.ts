import type { CatalogIndex, CatalogPhrase } from './index-catalog.js';
import type { EntityMention } from './utterance.js';

function singular(word: string): string | undefined {
  if (word.length <= 3 || !word.endsWith('s')) return undefined;
  return word.slice(0, -1);
}

function matchesAt(words: readonly string[], at: number, phrase: CatalogPhrase): boolean {
  const n = phrase.words.length;
  for (let k = 0; k < n; k++) {
    const word = words[at + k];
    if (word === undefined) return false;
    const expected = phrase.words[k]!;
    // Only the last word may be a plural: "vip passes", "student tickets".
    if (word !== expected && !(k === n - 1 && (word === `${expected}s` || word === `${expected}es`)))
      return false;
  }
  return true;
}

const TALK_NOUNS = new Set(
  (
    'talk session keynote panel workshop presentation charla palestra ponencia sesion sessao ' +
    'taller oficina'
  ).split(' '),
);
const ABOUT = new Set(['on', 'about', 'of', 'de', 'sobre', 'da', 'do', 'del', 'la']);

/** "the pgvector talk", "la charla de pgvector": a title word next to a talk noun names the session. */
function nextToTalkNoun(words: readonly string[], m: EntityMention): boolean {
  const after = words[m.end];
  if (after && (TALK_NOUNS.has(after) || TALK_NOUNS.has(after.replace(/s$/, '')))) return true;
  let k = m.start - 1;
  if (ABOUT.has(words[k] ?? '')) k--;
  if (ABOUT.has(words[k] ?? '')) k--;
  return TALK_NOUNS.has(words[k] ?? '');
}

/** Words after which an everyday word is a name: "meet May", "with Will". */
const PERSON_CUES = new Set([
  'meet',
  'with',
  'to',
  'and',
  'ask',
  'ping',
  'invite',
  'call',
  'contact',
  'introduce',
  'con',
  'com',
  'a',
]);

const contains = (outer: EntityMention, inner: EntityMention) =>
  outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;

/**
 * Finds the catalog's tiers, sessions (titles, aliases, speakers), people and sponsors in the (already
 * typo-corrected) words. Every reading is kept except those inside a longer, specific one: "closing
 * keynote" hides "keynote", "Bob Chen" hides "Bob". The caller decides per intent which kinds it needs.
 */
export function linkEntities(words: readonly string[], index: CatalogIndex): EntityMention[] {
  const found: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const base = singular(word);
    const candidates = [...(index.phrases.get(word) ?? []), ...(base ? (index.phrases.get(base) ?? []) : [])];
    for (const phrase of candidates) {
      if (!matchesAt(words, i, phrase) || (phrase.afterCue && !PERSON_CUES.has(words[i - 1] ?? ''))) continue;
      const end = i + phrase.words.length;
      const duplicate = found.some(
        (m) => m.kind === phrase.kind && m.id === phrase.id && m.start === i && m.end === end,
      );
      if (!duplicate)
        found.push({ kind: phrase.kind, id: phrase.id, start: i, end, strength: phrase.strength });
    }
  }
  for (const m of found)
    if (m.kind === 'session' && m.strength < 2 && nextToTalkNoun(words, m)) m.strength = 2.2;
  return found.filter(
    (m) =>
      !found.some(
        (other) => other !== m && contains(other, m) && (other.kind === m.kind || other.strength >= 2.5),
      ),
  );
}
