import { ARTICLE_NUMBERS, NUMBER_WORDS } from './number-words.js';
import type { ValueSpan } from './utterance.js';

/** Things a count of which is a ticket quantity ("2 seats", "for 3 people", "duas entradas"). */
export const TICKET_NOUNS: ReadonlySet<string> = new Set(
  (
    'ticket tickets pass passes seat seats entry entries spot spots place places person people ' +
    'persons admission admissions registration registrations badge badges entrada entradas ' +
    'ingresso ingressos bilhete bilhetes boleto boletos billete billetes pase pases passe lugar ' +
    'lugares pessoa pessoas persona personas plaza plazas of x more'
  ).split(' '),
);

/** Digits as the tokeniser keeps them: "12", "2.5", "0,5", "1e9". */
const NUMERAL = /^\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/;

/** Numbers that name something other than a count: "room 2", "tram 15", "booth 12". */
const LABEL_WORDS = new Set(
  (
    'room table day dia booth tram bus gate floor level lab hall number no nr line platform ' +
    'sala stand track terminal mesa version v top step page'
  ).split(' '),
);
const UNIT_WORDS = new Set(
  (
    'euro euros eur dollar dollars usd bucks reais pesos percent am pm oclock minute minutes ' +
    'min mins hour hours h horas minutos days dias weeks th st nd rd k km m years year anos gb'
  ).split(' '),
);
const CURRENCY = new Set(['€', '$', '£']);
const PRONOUN_BEFORE_ONE = new Set('the this that which any no every each some another'.split(' '));
/** "if a seat frees up" or "how do I get a ticket" talk about tickets in general, not one ticket. */
const GENERIC_BEFORE_ARTICLE = new Set(
  'if when whether once is of until as per than si cuando quando se'.split(' '),
);
/** "si queda un boleto", "if there's a seat": a condition two words back is still about any ticket. */
const CONDITIONAL = new Set('if when si cuando quando se'.split(' '));
const HOW_QUESTION = new Set(['how', 'where', 'when', 'como', 'onde', 'donde', 'why']);

/** "a spot on the waitlist", "a person from the team": a noun phrase, not an order for one. */
const NOT_COUNTED_WITH_ARTICLE = new Set(
  'of x more spot spots place person people pessoa persona lugar'.split(' '),
);

/** "of" after a count: "one of my tickets", "una de mis entradas", "um dos meus ingressos", "uma das". */
const OF_WORDS = new Set(['of', 'de', 'dos', 'das', 'del']);
const PT_ONLY = new Set(['ingressos', 'bilhetes', 'meus', 'minhas']);
const POSSESSIVES = new Set('my mis meus minhas las los the os as mine'.split(' '));

/** "una de mis entradas": an article-number, "of", a possessive, then a ticket noun. */
const oneOfMine = (words: readonly string[], i: number) =>
  OF_WORDS.has(words[i + 1] ?? '') &&
  POSSESSIVES.has(words[i + 2] ?? '') &&
  TICKET_NOUNS.has(words[i + 3] ?? '');

/** Is words[i] followed, maybe after a tier name or one adjective, by a ticket noun? */
function countsTickets(
  words: readonly string[],
  i: number,
  tierEnds: ReadonlyMap<number, number>,
  article: boolean,
): boolean {
  let k = i + 1;
  const tierEnd = tierEnds.get(k);
  if (tierEnd !== undefined) {
    if (tierEnd >= words.length || words[tierEnd] === 'please' || words[tierEnd] === 'for') return true;
    k = tierEnd;
  }
  const noun = words[k];
  return noun !== undefined && TICKET_NOUNS.has(noun) && (!article || !NOT_COUNTED_WITH_ARTICLE.has(noun));
}

/**
 * Counts the message states: digits, "2x"/"x2", number words in three languages, "a couple", "a dozen", and
 * "a"/"uma"/"una" before a ticket noun. Words already read as a time, a date or a price are skipped, and
 * `taken` marks them. Nothing is judged absurd here: the booking layer validates (so "½", "0" or "1e9"
 * before a ticket noun come out as 0.5, 0 and 1e9, never as another number).
 */
export function findQuantities(
  words: readonly string[],
  taken: readonly boolean[],
  tierEnds: ReadonlyMap<number, number>,
): ValueSpan<number>[] {
  const found: ValueSpan<number>[] = [];
  const howQuestion = HOW_QUESTION.has(words[0] ?? '');
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const word = words[i]!;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (NUMERAL.test(word)) {
      const value = Number(word.replace(',', '.'));
      const isLabel =
        LABEL_WORDS.has(prev) || CURRENCY.has(prev) || UNIT_WORDS.has(next) || CURRENCY.has(next);
      if (isLabel) continue;
      if (/^\d{1,3}$/.test(word) && value > 0) found.push({ start: i, end: i + 1, value });
      // "½ pass", "1e9 tickets", "0 seats", "2.5 tickets": said as a count, so kept as said for the booking
      // layer to refuse clearly; never read as some other number. A lone odd number answers "how many?".
      else if (words.length === 1 || countsTickets(words, i, tierEnds, false))
        found.push({ start: i, end: i + 1, value });
      continue;
    }
    if (word === 'half' && words[i + 1] === 'a' && words[i + 2] === 'dozen') {
      found.push({ start: i, end: i + 3, value: 6 });
      i += 2;
      continue;
    }
    const spelled = NUMBER_WORDS[word];
    // Portuguese "um dos meus ingressos", "o reembolso dos ingressos": that "dos" is "of the", not the
    // Spanish two (Spanish says "dos entradas", never "dos ingressos").
    if (
      word === 'dos' &&
      ((ARTICLE_NUMBERS[prev] !== undefined && POSSESSIVES.has(next)) || PT_ONLY.has(next))
    )
      continue;
    if (spelled !== undefined) {
      // "the VIP one" picks a tier; it does not count tickets.
      const afterTier = [...tierEnds.values()].includes(i);
      if (word === 'one' && (PRONOUN_BEFORE_ONE.has(prev) || afterTier)) continue;
      if (word === 'single' && !countsTickets(words, i, tierEnds, true)) continue;
      // "a couple of", "a pair of", "a dozen": the article belongs to the number.
      const start = prev === 'a' && (word === 'couple' || word === 'pair' || word === 'dozen') ? i - 1 : i;
      const end = next === 'of' ? i + 2 : i + 1;
      found.push({ start, end, value: spelled });
      continue;
    }
    const article = ARTICLE_NUMBERS[word];
    if (article !== undefined && word !== 'once' && oneOfMine(words, i)) {
      found.push({ start: i, end: i + 2, value: article });
      continue;
    }
    if (article !== undefined && countsTickets(words, i, tierEnds, true)) {
      const generic =
        word === 'once'
          ? false
          : howQuestion || GENERIC_BEFORE_ARTICLE.has(prev) || CONDITIONAL.has(words[i - 2] ?? '');
      if (!generic) found.push({ start: i, end: i + 1, value: article });
    }
  }
  return found;
}

/**
 * The quantity the message asks for: in "cancel one of my two tickets" the first; otherwise the count that
 * sits on a ticket noun or tier, else the first one said.
 */
export function chooseQuantity(
  quantities: readonly ValueSpan<number>[],
  words: readonly string[],
  tierEnds: ReadonlyMap<number, number>,
): number | undefined {
  const first = quantities[0];
  if (!first) return undefined;
  if (OF_WORDS.has(words[first.end] ?? '') || OF_WORDS.has(words[first.end - 1] ?? '')) return first.value;
  const onNoun = quantities.find((q) => {
    const k = tierEnds.get(q.end) ?? q.end;
    return TICKET_NOUNS.has(words[k] ?? '') || tierEnds.has(q.end);
  });
  return (onNoun ?? first).value;
}
