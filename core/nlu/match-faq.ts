import type { EventCatalog } from '../catalog/event-catalog.js';
import { FUNCTION_WORDS } from './common-words.js';
import { FAQ_CONCEPTS } from './faq-concepts.js';
import { tokeniseText } from './tokenise-text.js';

/**
 * One FAQ as the topics of each way it is asked (its question, then the organizer's alternative phrasings),
 * each topic with its weight × rarity across the library.
 */
export interface FaqIndex {
  faqs: { id: string; phrasings: Map<string, number>[] }[];
}

export interface FaqMatch {
  id: string;
  score: number;
  /** The score of the second-best FAQ: a close runner-up means the question is ambiguous. */
  runnerUp: number;
}

const WORD_TOPIC = new Map<string, string>();
const PHRASE_TOPICS = new Map<string, { words: string[]; topic: string }[]>();
for (const [topic, concept] of Object.entries(FAQ_CONCEPTS)) {
  for (const entry of concept.words) {
    const words = entry.split(' ');
    if (words.length === 1) WORD_TOPIC.set(entry, topic);
    else PHRASE_TOPICS.set(words[0]!, [...(PHRASE_TOPICS.get(words[0]!) ?? []), { words, topic }]);
  }
}
for (const list of PHRASE_TOPICS.values()) list.sort((a, b) => b.words.length - a.words.length);

const LITERAL_PREFIX = 'w:';
/** Words of every event conversation: sharing them says little about which FAQ is meant. */
const EVERYDAY_EVENT_WORDS = new Set(
  (
    'ticket pass booking event conference summit talk session meeting day people someone something ' +
    'anything attendee thing way time get need want know code network'
  ).split(' '),
);

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Lexicon topics the words name, plus every other content word literally (as "w:<stem>"). */
export function topicsOf(words: readonly string[]): Set<string> {
  const topics = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = PHRASE_TOPICS.get(word)?.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      topics.add(phrase.topic);
      i += phrase.words.length - 1;
      continue;
    }
    const topic = WORD_TOPIC.get(word) ?? WORD_TOPIC.get(stem(word));
    if (topic) topics.add(topic);
    else if (!FUNCTION_WORDS.has(word) && word.length >= 3 && !/^\d/.test(word))
      topics.add(LITERAL_PREFIX + stem(word));
  }
  return topics;
}

function topicWeight(topic: string): number {
  if (!topic.startsWith(LITERAL_PREFIX)) return FAQ_CONCEPTS[topic]?.weight ?? 1;
  // A word shared literally (an event's own "visa") is good evidence, unless every request says it.
  return EVERYDAY_EVENT_WORDS.has(topic.slice(LITERAL_PREFIX.length)) ? 0.5 : 1.5;
}

export function indexFaqs(faqs: EventCatalog['faqs']): FaqIndex {
  const perFaq = faqs.map((faq) => ({
    id: faq.id,
    phrasings: [faq.question, ...(faq.alternatives ?? [])].map((text) => topicsOf(tokeniseText(text).words)),
  }));
  const documentFrequency = new Map<string, number>();
  for (const { phrasings } of perFaq)
    for (const t of new Set(phrasings.flatMap((p) => [...p])))
      documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const n = Math.max(perFaq.length, 1);
  // Rarity in [~0.3, 1]: a topic in one FAQ identifies it, one in every FAQ barely helps.
  const rarity = (t: string) => Math.log(1 + n / documentFrequency.get(t)!) / Math.log(1 + n);
  return {
    faqs: perFaq.map(({ id, phrasings }) => ({
      id,
      phrasings: phrasings.map((topics) => new Map([...topics].map((t) => [t, topicWeight(t) * rarity(t)]))),
    })),
  };
}

/** The FAQ one of whose phrasings shares the most (weighted) topics with the words, if any shares one. */
export function matchFaq(words: readonly string[], index: FaqIndex): FaqMatch | undefined {
  const topics = topicsOf(words);
  let best: FaqMatch | undefined;
  let second = 0;
  for (const faq of index.faqs) {
    // The phrasing closest to the message speaks for the FAQ: alternatives add ways in, never dilute.
    let score = 0;
    for (const phrasing of faq.phrasings) {
      let shared = 0;
      for (const t of topics) shared += phrasing.get(t) ?? 0;
      score = Math.max(score, shared);
    }
    if (score <= 0) continue;
    if (!best || score > best.score) {
      second = best?.score ?? second;
      best = { id: faq.id, score, runnerUp: 0 };
    } else if (score > second) {
      second = score;
    }
  }
  return best && { ...best, runnerUp: second };
}
