import type { EventCatalog } from '../../../core/catalog/event-catalog.js';

/**
 * A JSGF grammar for pocketsphinx built from the bot's command phrases and the event's own vocabulary (tiers,
 * sessions, people, sponsors, FAQ topics), with the dictionary for exactly its words. Off-topic speech has
 * a garbage path of filler words (dictionary entries prefixed `g_`), so it is not forced into a command.
 */
export interface BuiltGrammar {
  jsgf: string;
  /** pocketsphinx dictionary lines (`word PH ON ES`), one per pronunciation. */
  dictionary: string;
  /** Event items left out because a word has no pronunciation (add it to pronunciations.dict). */
  skipped: string[];
}

/** A word no dictionary knows, in one of the bot's own command phrases: a build error, never a request error. */
export class GrammarBuildError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `No pronunciation for: ${missing.join(', ')} (add them to adapters/providers/speech/pronunciations.dict)`,
    );
    this.name = 'GrammarBuildError';
  }
}

export const GARBAGE_PREFIX = 'g_';

/**
 * Everyday words of two or more syllables for the garbage loop: off-topic speech lands here. Short filler
 * words (uh, it, so) were tried and swallowed real commands (bench voice: 83 % → 91 % exact without them).
 */
export const GARBAGE_WORDS =
  'weather football music movie yesterday tomorrow morning basically actually probably anyway whatever everybody family holiday summer winter birthday restaurant coffee garden doctor country problem important beautiful television telephone computer'.split(
    ' ',
  );

/** Tokens the JSGF parser reads as keywords wherever they appear. */
const JSGF_KEYWORDS = new Set(['public', 'grammar', 'import']);

const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const DIGIT_WORDS: Record<string, string> = Object.fromEntries(NUMBERS.map((w, i) => [String(i + 1), w]));

const STOP_WORDS = new Set(
  'up pick time open found needs a an the is are was do does did i my me you your we our can could will would there where what when how who which to of for at in on and or by with it this that be get someone something else lost have any'.split(
    ' ',
  ),
);

/** The bot's command phrases; `<qty>`, `<tier>`, `<faq_topic>`, `<session>`, `<person>`, `<sponsor>`, `<hour>` come from the event. */
const COMMAND_RULES: Record<string, string> = {
  book: [
    '[i want to | i would like to | can i | please] book [<qty>] [<tier>] (ticket | tickets | pass | passes)',
    '[i want | i need] <qty> <tier> (ticket | tickets | pass | passes)',
    'buy [<qty>] [<tier>] (ticket | tickets)',
  ].join(' | '),
  my_tickets: '(my tickets | show my tickets | send me my tickets | where are my tickets)',
  cancel:
    '(cancel my (booking | tickets | order) | cancel <qty> (ticket | tickets) | i want to cancel my (booking | tickets))',
  join_waitlist: [
    '(put me | add me | put us | add us) on the [<tier>] waiting list',
    'join the [<tier>] waiting list',
    'we are <qty>',
  ].join(' | '),
  waitlist_status: '(where am i on the [waiting] list | what is my position on the waiting list)',
  leave_waitlist: '(leave the waiting list | take me off the waiting list)',
  faq: [
    "(what's | what is) [the] <faq_topic>",
    'is there [a | an] <faq_topic>',
    'where (is | do i) [the] <faq_topic>',
    '(can i | do you) <faq_topic>',
    'how do i <faq_topic>',
    'tell me about [the] <faq_topic>',
  ].join(' | '),
  agenda: [
    "(what's | what is) on at <hour> [o'clock | am | pm]",
    "(what's | what is) on (now | next | today | tomorrow)",
    'agenda for day (one | two)',
    '(show me the | what is the) agenda',
    '(where | when) is the <session>',
    '(who is | where is | when is) <person>',
  ].join(' | '),
  sponsor_info: '(tell me about | where is) <sponsor> [booth]',
  human: '(talk to a human | talk to a person | i want to talk to someone | speak to a human)',
  greeting: '(hi | hello | hey | good morning | good afternoon)',
  help: '(help | what can you do)',
  thanks: '(thanks | thank you | thank you very much)',
  yes_no: '(yes | yes please | no | no thanks | confirm | cancel)',
  stop: '(stop | start)',
};

type Lookup = (word: string) => string[] | undefined;

/** Lower-case words of a catalog name, digits spelled out, punctuation dropped ("Lunch (Day 2)" → lunch day two). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9'\- ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean)
    .map((w) => DIGIT_WORDS[w] ?? w);
}

export function buildGrammar(catalog: EventCatalog, lookup: Lookup): BuiltGrammar {
  const skipped: string[] = [];
  const known = (phrase: string[]) => phrase.length > 0 && phrase.every((w) => lookup(w));
  const phrases = (label: string, names: string[]) => {
    const out = new Set<string>();
    for (const name of names) {
      const words = wordsOf(name);
      if (known(words)) out.add(words.join(' '));
      else if (words.length > 0)
        skipped.push(`${label} "${name}" (${words.filter((w) => !lookup(w)).join(', ')})`);
    }
    return [...out];
  };
  const tiers = phrases(
    'tier',
    catalog.tiers.flatMap((t) => [t.name, ...t.aliases]),
  );
  const sessions = phrases(
    'session',
    catalog.sessions.flatMap((s) => [s.title.split(':').pop() ?? s.title, ...s.aliases]),
  );
  const people = phrases('person', [
    ...catalog.people.map((p) => p.name),
    ...catalog.sessions.flatMap((s) => s.speakers),
  ]);
  const sponsors = phrases(
    'sponsor',
    catalog.sponsors.flatMap((s) => [s.name, ...s.aliases]),
  );
  // Each FAQ's content words in their order, any one to three of them ("wi-fi password"): not a free mix
  // of every FAQ's words, which would let any long sentence pass for a question.
  const topics = phrases(
    'faq',
    catalog.faqs.flatMap((f) =>
      orderedPicks(
        wordsOf(f.question).filter((w) => !STOP_WORDS.has(w) && !JSGF_KEYWORDS.has(w) && w.length > 2),
        3,
      ),
    ),
  );
  const hours = [...NUMBERS, 'eleven', 'twelve'];

  const rules: string[] = [
    `<qty> = ${alternatives([...NUMBERS, 'a', 'an'])};`,
    `<hour> = ${alternatives(hours)};`,
    `<tier> = ${alternatives(tiers)};`,
    `<session> = ${alternatives(sessions)};`,
    `<person> = ${alternatives(people)};`,
    `<sponsor> = ${alternatives(sponsors)};`,
    `<faq_topic> = ${alternatives(topics)};`,
    ...Object.entries(COMMAND_RULES).map(([name, body]) => `<${name}> = ${body};`),
    `<command> = ${Object.keys(COMMAND_RULES)
      .map((n) => `<${n}>`)
      .join(' | ')};`,
    `<garbage> = ${GARBAGE_WORDS.map((w) => GARBAGE_PREFIX + w).join(' | ')};`,
  ];
  const jsgf = [
    '#JSGF V1.0;',
    'grammar eventos;',
    // pocketsphinx 5prealpha joins a `+` loop's exit to every alternative of its rule (garbage then a
    // command); `<garbage> <garbage>*` in rules of their own keeps the two paths apart.
    'public <utterance> = <spoken_command> | <garbage_loop>;',
    '<spoken_command> = [please] <command> [please | thanks];',
    '<garbage_loop> = <garbage> <garbage>*;',
    ...rules,
    '',
  ].join('\n');

  const vocabulary = new Set<string>();
  for (const line of jsgf.split('\n')) {
    const body = line.includes('=') ? line.slice(line.indexOf('=') + 1) : '';
    for (const m of body.matchAll(/(?<![<\w'-])[a-z][a-z_'-]*(?![\w'-]*>)/g)) vocabulary.add(m[0]);
  }
  const lines: string[] = [];
  const missing: string[] = [];
  for (const word of [...vocabulary].sort()) {
    const spoken = word.startsWith(GARBAGE_PREFIX) ? word.slice(GARBAGE_PREFIX.length) : word;
    const prons = lookup(spoken);
    if (!prons) {
      missing.push(spoken);
      continue;
    }
    prons.forEach((p, i) => {
      lines.push(`${i === 0 ? word : `${word}(${i + 1})`} ${p}`);
    });
  }
  if (missing.length > 0) throw new GrammarBuildError(missing);
  return { jsgf, dictionary: `${lines.join('\n')}\n`, skipped };
}

/** Every ordered selection of 1..max words ("a b c" → a, b, c, a b, a c, b c, a b c). */
function orderedPicks(words: string[], max: number): string[] {
  const out: string[] = [];
  const pick = (from: number, chosen: string[]) => {
    for (let i = from; i < words.length; i++) {
      const next = [...chosen, words[i]!];
      out.push(next.join(' '));
      if (next.length < max) pick(i + 1, next);
    }
  };
  pick(0, []);
  return out;
}

function alternatives(items: string[]): string {
  return items.length > 0 ? `(${items.join(' | ')})` : '<VOID>';
}
