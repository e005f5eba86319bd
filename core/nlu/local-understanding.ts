import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Analysis } from './analysis.js';
import { BASE_SPELLING } from './base-spelling.js';
import { classifyIntent } from './classify-intent.js';
import { decideIntent } from './decide-intent.js';
import { fillSlots } from './fill-slots.js';
import { findDates } from './find-dates.js';
import { findQuantities } from './find-quantities.js';
import { findTimes } from './find-times.js';
import { type CatalogIndex, indexCatalog } from './index-catalog.js';
import { type Intent, TICKET_TOPIC, type Understood } from './label-schema.js';
import { linkEntities } from './link-entities.js';
import { matchFaq } from './match-faq.js';
import { splitCommands } from './split-commands.js';
import { ticketQuestion } from './ticket-question.js';
import { rewritePhrases, tokeniseText } from './tokenise-text.js';
import type { Utterance } from './utterance.js';

/** Corrections per catalog index, bounded: chat vocabulary repeats, so most words are looked up once. */
const corrections = new WeakMap<CatalogIndex, Map<string, string>>();
const MAX_CACHED_CORRECTIONS = 20_000;

function correctWord(word: string, index: CatalogIndex): string {
  if (word.length < 4 || BASE_SPELLING.has(word) || index.spelling.has(word) || /\d/.test(word)) return word;
  let cache = corrections.get(index);
  if (!cache) {
    cache = new Map();
    corrections.set(index, cache);
  }
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const fromCatalog = index.spelling.correct(word);
  const fromBase = BASE_SPELLING.correct(word);
  // Catalog names win ties: "Dimitri" is the speaker, not a near-miss of some pattern word.
  const best = fromCatalog && (!fromBase || fromCatalog.edits <= fromBase.edits) ? fromCatalog : fromBase;
  const corrected = best?.word ?? word;
  if (cache.size >= MAX_CACHED_CORRECTIONS) cache.clear();
  cache.set(word, corrected);
  return corrected;
}

/** Readings a price or "what's left" question gets from the patterns; a clear FAQ match or request is kept. */
const ASKED_AS_TICKET_QUESTION = new Set<Intent>([
  'book_tickets',
  'join_waitlist',
  'out_of_scope',
  'help',
  'faq',
]);

/** A price or "what's left" question read as a request is answered from the tiers instead. */
export const askedAboutTickets = (intent: Intent, utterance: Utterance): boolean =>
  ASKED_AS_TICKET_QUESTION.has(intent) && ticketQuestion(utterance) !== null;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function markTaken(taken: boolean[], spans: readonly { start: number; end: number }[]): void {
  for (const s of spans) for (let i = s.start; i < s.end; i++) taken[i] = true;
}

/**
 * Reads one message against one event's catalog, synchronously and offline: normalise → correct typos →
 * link catalog entities → read dates, times, quantities → match FAQs → score intents with the rules.
 */
export function analyseText(text: string, catalog: EventCatalog, now: Date): Analysis {
  const index = indexCatalog(catalog);
  const tokenised = tokeniseText(text);
  const corrected = tokenised.words.map((w) => correctWord(w, index));
  // A corrected word can complete a phrase ("waiting lsit" → "waiting list" → "waitlist").
  const tokens = corrected.some((w, i) => w !== tokenised.words[i])
    ? { ...tokenised, ...rewritePhrases(corrected, tokenised.breaks) }
    : tokenised;
  const words = tokens.words;
  const mentions = linkEntities(words, index);
  const named = mentions.filter((m) => m.strength >= 2);
  // Numbers inside a name ("Lunch (Day 2)") belong to the name, not to a date or a count.
  const dates = findDates(words, index.days, now).filter((d) => !named.some((m) => overlaps(m, d)));
  const taken = words.map(() => false);
  markTaken(taken, named);
  markTaken(taken, dates);
  const times = findTimes(words, taken);
  markTaken(taken, times);
  const tierEnds = new Map(mentions.filter((m) => m.kind === 'tier').map((m) => [m.start, m.end]));
  const quantities = findQuantities(words, taken, tierEnds);
  const utterance: Utterance = {
    text,
    words,
    breaks: tokens.breaks,
    asked: tokens.asked,
    mentions,
    times,
    dates,
    quantities,
  };
  const faq = matchFaq(words, index.faqs);
  return { utterance, faq, rules: classifyIntent(utterance, faq), tierEnds };
}

/**
 * Understands one message as one or more commands in order (split-commands.ts): an answer and a question
 * in the same message ("yes please — and is there parking?") are both kept.
 */
export function understandText(text: string, catalog: EventCatalog, now: Date): Understood {
  return splitCommands(text, (part) => understandCommand(part, catalog, now));
}

/**
 * Understands a message as one command: the analysis above, then the intent (see decideIntent: the learned
 * model and the rules together), then that intent's slots from the linked entities.
 */
export function understandCommand(text: string, catalog: EventCatalog, now: Date): Understood {
  const analysis = analyseText(text, catalog, now);
  const { utterance, faq, tierEnds } = analysis;
  const { intent, confidence, alternatives } = decideIntent(analysis);
  if (askedAboutTickets(intent, utterance))
    return { intent: 'faq', slots: ticketTopicSlots(utterance), confidence: Math.max(confidence, 0.7) };
  const slots = fillSlots(intent, utterance, faq, catalog, tierEnds);
  if (!alternatives) return { intent, slots, confidence };
  const readings = alternatives.map((alternative) =>
    askedAboutTickets(alternative, utterance)
      ? { intent: 'faq' as const, slots: ticketTopicSlots(utterance) }
      : { intent: alternative, slots: fillSlots(alternative, utterance, faq, catalog, tierEnds) },
  );
  // "how much is VIP" read as booking or price comes out as the same question twice: no choice left.
  const distinct = JSON.stringify(readings[0]) !== JSON.stringify(readings[1]);
  return { intent, slots, confidence, ...(distinct ? { alternatives: readings } : {}) };
}

function ticketTopicSlots(utterance: Utterance): Understood['slots'] {
  const tier = utterance.mentions.find((m) => m.kind === 'tier')?.id;
  return { faq: TICKET_TOPIC, ...(tier ? { tier } : {}) };
}

/**
 * The embedded, offline Understanding provider. It fits the port (core/ports/understanding.ts) by shape and
 * does not import it: the port names nlu's label schema, so nlu must not depend back on ports.
 */
export class LocalUnderstanding {
  async understand(text: string, context: { catalog: EventCatalog; now: Date }): Promise<Understood> {
    return understandText(text, context.catalog, context.now);
  }
}
