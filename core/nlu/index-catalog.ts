import { DateTime } from 'luxon';
import { boothCode } from '../catalog/booth-code.js';
import type { EventCatalog } from '../catalog/event-catalog.js';
import { COMMON_WORDS, FUNCTION_WORDS } from './common-words.js';
import type { EventDays } from './find-dates.js';
import { PATTERN_WORDS } from './intent-patterns.js';
import { type FaqIndex, indexFaqs } from './match-faq.js';
import { SpellingIndex } from './spelling-index.js';
import { tokeniseText } from './tokenise-text.js';
import type { EntityKind } from './utterance.js';

/** One way of naming a catalog entity, as normalised words. */
export interface CatalogPhrase {
  words: string[];
  kind: EntityKind;
  id: string;
  strength: number;
  /** Only after a word that introduces a person ("meet May"): the name is also an everyday word. */
  afterCue?: boolean;
}

/** Everything about one event that understanding reads on every message, prepared once. */
export interface CatalogIndex {
  /** Phrases by their first word. */
  phrases: Map<string, CatalogPhrase[]>;
  spelling: SpellingIndex;
  faqs: FaqIndex;
  days: EventDays;
}

const cache = new WeakMap<EventCatalog, CatalogIndex>();

const wordsOf = (text: string) => {
  const words = tokeniseText(text).words;
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) words.shift();
  return words;
};

/** A first name that is also an everyday word ("Will", "May") can't stand alone for a person. */
const isOrdinaryWord = (word: string) =>
  FUNCTION_WORDS.has(word) || COMMON_WORDS.has(word) || PATTERN_WORDS.has(word) || word.length < 3;

/** The event's days in its zone; a catalog with a bad zone or dates still gets understood, just without them. */
function eventDays(catalog: EventCatalog): EventDays {
  const zone = DateTime.now().setZone(catalog.timezone).isValid ? catalog.timezone : 'UTC';
  const first = DateTime.fromISO(catalog.startsAt, { zone }).startOf('day');
  const last = DateTime.fromISO(catalog.endsAt, { zone }).startOf('day');
  if (!first.isValid) return { zone, days: [] };
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 60; d = d.plus({ days: 1 })) days.push(d.toISODate()!);
  return { zone, days: days.length > 0 ? days : [first.toISODate()!] };
}

/**
 * Organizers write aliases in one language; these common programme and tier words are said in the others
 * too ("la fiesta", "o almoço", "entrada de estudiante"), so single-word aliases get their translations as
 * extra aliases.
 */
const ALIAS_TRANSLATIONS: Record<string, string[]> = {
  party: ['fiesta', 'festa'],
  lunch: ['almuerzo', 'almoco'],
  workshop: ['taller', 'oficina'],
  panel: ['painel'],
  drinks: ['copas', 'bebidas'],
  keynote: ['plenaria', 'palestra principal'],
  food: ['comida'],
  student: ['estudiante', 'estudiantes', 'estudante', 'estudantes'],
  students: ['estudiantes', 'estudantes'],
};

function namePhrases(
  kind: EntityKind,
  id: string,
  fullName: string,
  full: number,
  part: number,
): CatalogPhrase[] {
  const words = wordsOf(fullName);
  const phrases: CatalogPhrase[] = [{ words, kind, id, strength: full }];
  if (words.length > 1) {
    for (const word of [words[0]!, words.at(-1)!]) {
      if (word.length < 3) continue;
      phrases.push({
        words: [word],
        kind,
        id,
        strength: part,
        ...(isOrdinaryWord(word) ? { afterCue: true } : {}),
      });
    }
  }
  return phrases;
}

function buildPhrases(catalog: EventCatalog): CatalogPhrase[] {
  const phrases: CatalogPhrase[] = [];
  for (const tier of catalog.tiers) {
    const translated = [tier.name, ...tier.aliases].flatMap((a) => ALIAS_TRANSLATIONS[a.toLowerCase()] ?? []);
    for (const name of [tier.name, ...tier.aliases, ...translated])
      phrases.push({ words: wordsOf(name), kind: 'tier', id: tier.id, strength: 3 });
  }
  for (const sponsor of catalog.sponsors) {
    for (const name of [sponsor.name, ...sponsor.aliases])
      phrases.push({ words: wordsOf(name), kind: 'sponsor', id: sponsor.id, strength: 3 });
    // Booth codes from QR codes (`ACME-B12`) and "booth B12" name the sponsor too.
    const code = boothCode(sponsor);
    if (code && sponsor.booth) {
      phrases.push({ words: wordsOf(code), kind: 'sponsor', id: sponsor.id, strength: 3.5 });
      phrases.push({
        words: wordsOf(`booth ${sponsor.booth}`),
        kind: 'sponsor',
        id: sponsor.id,
        strength: 3.5,
      });
    }
  }
  for (const person of catalog.people) phrases.push(...namePhrases('person', person.id, person.name, 3, 2));
  const titleWordCounts = new Map<string, number>();
  const titleWords = catalog.sessions.map((s) => new Set(wordsOf(s.title)));
  for (const set of titleWords)
    for (const w of set) titleWordCounts.set(w, (titleWordCounts.get(w) ?? 0) + 1);
  catalog.sessions.forEach((session, index) => {
    const titles = [session.title, ...session.title.split(':').filter((part) => part !== session.title)];
    const translated = session.aliases.flatMap((alias) => ALIAS_TRANSLATIONS[alias.toLowerCase()] ?? []);
    for (const name of [...titles, ...session.aliases, ...translated]) {
      phrases.push({ words: wordsOf(name), kind: 'session', id: session.id, strength: 2.5 });
    }
    for (const speaker of session.speakers)
      phrases.push(...namePhrases('speaker', session.id, speaker, 2.5, 1.5));
    // A single distinctive title word ("fundraising") is weak evidence for that session.
    for (const word of titleWords[index]!) {
      if (titleWordCounts.get(word) === 1 && word.length >= 5 && !isOrdinaryWord(word)) {
        phrases.push({ words: [word], kind: 'session', id: session.id, strength: 1.2 });
      }
    }
  });
  // Two Marias: a bare "Maria" names neither, so the dialog asks instead of guessing.
  const idsByName = new Map<string, Set<string>>();
  for (const p of phrases) {
    const key = `${p.kind}|${p.words.join(' ')}`;
    idsByName.set(key, (idsByName.get(key) ?? new Set()).add(p.id));
  }
  return phrases.filter(
    (p) => p.words.length > 0 && idsByName.get(`${p.kind}|${p.words.join(' ')}`)!.size === 1,
  );
}

export function indexCatalog(catalog: EventCatalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const phrases = new Map<string, CatalogPhrase[]>();
  const seen = new Set<string>();
  for (const phrase of buildPhrases(catalog)) {
    const key = `${phrase.kind}|${phrase.id}|${phrase.words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = phrases.get(phrase.words[0]!) ?? [];
    list.push(phrase);
    phrases.set(phrase.words[0]!, list);
  }
  for (const list of phrases.values())
    list.sort((a, b) => b.words.length - a.words.length || b.strength - a.strength);
  const catalogWords = new Set([...phrases.values()].flat().flatMap((p) => p.words));
  for (const faq of catalog.faqs)
    for (const phrasing of [faq.question, ...(faq.alternatives ?? [])])
      for (const w of tokeniseText(phrasing).words) catalogWords.add(w);
  for (const w of [...catalogWords]) if (/\d/.test(w)) catalogWords.delete(w);
  const index: CatalogIndex = {
    phrases,
    spelling: new SpellingIndex(catalogWords),
    faqs: indexFaqs(catalog.faqs),
    days: eventDays(catalog),
  };
  cache.set(catalog, index);
  return index;
}
