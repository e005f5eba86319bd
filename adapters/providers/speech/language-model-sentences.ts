import { readFileSync } from 'node:fs';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import { GARBAGE_PREFIX, GARBAGE_WORDS, wordsOf } from './build-grammar.js';

/** The English utterances of the labelled corpus (scripts/voice/build-voice-corpus.ts writes it). */
export const VOICE_CORPUS = new URL('./voice-corpus.txt', import.meta.url);

export function readVoiceCorpus(file: string | URL = VOICE_CORPUS): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
}

const NUMBERS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');

/**
 * How people say the bot's requests around the event's names; `{x}` is filled with every name of that kind.
 * Generic on purpose: the corpus gives the phrasing, these give every name a few contexts to be heard in.
 */
const TEMPLATES: Record<string, string[]> = {
  tier: [
    'book a {x} ticket',
    'book two {x} tickets',
    'i want three {x} tickets',
    'can i get a {x} pass',
    '{x} ticket',
    'put me on the {x} waiting list',
    'join the {x} waiting list',
  ],
  session: ['when is the {x}', 'where is the {x}', 'what time is the {x}', 'tell me about the {x}'],
  person: ['who is {x}', 'set up a meeting with {x}', 'can i meet {x}', 'cancel my meeting with {x}'],
  sponsor: [
    'tell me about {x}',
    "i'd like a demo from {x}",
    'where is the {x} booth',
    'share my contact with {x}',
    'i want to learn more about {x}',
  ],
  hour: ["what's on at {x}", "what's on at {x} am", "what's on at {x} pm", 'meet at {x} pm'],
};

/** Requests the corpus says rarely or in one way only, so the model has them whole. */
const COMMANDS = [
  'my tickets',
  'show me my tickets',
  'where are my tickets',
  'cancel my booking',
  'cancel my order',
  'cancel my tickets',
  'put me on the waiting list',
  'add me to the waiting list',
  'where am i on the waiting list',
  'what is my position on the waiting list',
  'leave the waiting list',
  'take me off the waiting list',
  'show me the agenda',
  "what's on now",
  "what's on next",
  "what's on today",
  "what's on tomorrow",
  'agenda for day one',
  'agenda for day two',
  'talk to a human',
  'i want to talk to someone',
  'who should i meet',
  'what meetings do i have',
  'yes',
  'yes please',
  'no',
  'no thanks',
  'thank you',
  'thanks',
  'hello',
  'hi',
  'help',
  'stop',
  'start',
];

/**
 * The sentences the event's language model is trained on: the corpus, the bot's requests, every catalog name in
 * a few contexts, the FAQ questions, and off-topic filler (garbage words, `g_` prefixed) so speech that is no
 * request has somewhere to go. Sentences with a word no dictionary knows are left out and reported.
 */
export function languageModelSentences(
  catalog: EventCatalog,
  corpus: string[][],
  known: (word: string) => boolean,
): { sentences: string[][]; skipped: string[] } {
  const skipped: string[] = [];
  const names = (label: string, list: string[]) => {
    const out = new Set<string>();
    for (const name of list) {
      const words = wordsOf(name);
      // Spelled-out abbreviations ("V.I.P." → v i p) would be heard letter by letter; the other names cover them.
      if (words.filter((w) => w.length === 1 && w !== 'a' && w !== 'i').length > 1) continue;
      if (words.length > 0 && words.every(known)) out.add(words.join(' '));
      else if (words.length > 0)
        skipped.push(`${label} "${name}" (${words.filter((w) => !known(w)).join(', ')})`);
    }
    return [...out];
  };
  const slots: Record<string, string[]> = {
    tier: names(
      'tier',
      catalog.tiers.flatMap((t) => [t.name, ...t.aliases]),
    ),
    session: names(
      'session',
      catalog.sessions.flatMap((s) => [s.title.split(':').pop() ?? s.title, ...s.aliases]),
    ),
    person: names('person', [
      ...catalog.people.map((p) => p.name),
      ...catalog.sessions.flatMap((s) => s.speakers),
    ]),
    sponsor: names(
      'sponsor',
      catalog.sponsors.flatMap((s) => [s.name, ...s.aliases]),
    ),
    hour: NUMBERS,
  };
  const sentences: string[][] = [...corpus, ...COMMANDS.map((c) => c.split(' '))];
  for (const [slot, templates] of Object.entries(TEMPLATES)) {
    for (const value of slots[slot] ?? []) {
      for (const t of templates) sentences.push(t.replace('{x}', value).split(' '));
    }
  }
  for (const question of names(
    'faq',
    catalog.faqs.map((f) => f.question),
  ))
    sentences.push(question.split(' '));
  for (const n of NUMBERS) sentences.push([n]);
  // Off-topic talk: filler words alone and in pairs, never next to a request's words.
  const garbage = GARBAGE_WORDS.map((w) => GARBAGE_PREFIX + w);
  garbage.forEach((g, i) => {
    sentences.push([g], [g, garbage[(i + 7) % garbage.length]!]);
  });
  return { sentences, skipped };
}
