import { eld } from 'eld/small';
import { LOCALES, type Locale } from './locale.js';

/** What a message's language looks like: an ISO 639-1 code (any language the detector knows) or none. */
export interface LanguageReading {
  language: string | null;
  /** Sure enough to answer in it and to remember it on the contact. */
  reliable: boolean;
  /** Read from greeting or thanks words alone ("obrigado"): enough for a new contact, not to switch one. */
  short: boolean;
}

const wordSet = (words: string) => new Set(words.split(' '));

/**
 * Chat words that on their own say which language a short message is in ("oi", "gracias", "valeu"): n-gram
 * detectors cannot judge one or two words ("hola" reads as Basque, "hi" as Catalan), the NLU's greeting and
 * thanks words can. Only words that belong to one of our languages alone are listed.
 */
const SHORT_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: wordSet(
    'hi hello hey heya hiya yo thanks thank thx ty cheers bye morning evening good you please pls yes yeah yep nope awesome great cool help',
  ),
  pt: wordSet(
    'oi ola olá obrigado obrigada obg brigado brigada valeu vlw tchau bom boa dia tarde noite tudo bem sim não nao beleza ajuda pfv',
  ),
  es: wordSet(
    'hola gracias grax buenas buenos días dias tardes noches adiós adios chao sí vale genial ayuda porfa muchas saludos qué tal',
  ),
};

/**
 * The commonest function words of our languages. A message mostly made of one language's function words is
 * in that language even when the n-grams of slang say otherwise ("i wanna go" reads as Polish).
 */
const FUNCTION_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: wordSet(
    'i you u me my we our the a an to of in on at for is are was be do does did can could what whats where when how who it its this that and or not no with go get got want wanna gonna need have has there here please pls yes ok hi hey one some any im dont cant your',
  ),
  pt: wordSet(
    'eu você voce vc o os as um uma de do da dos das em no na para pra por com que é e não nao sim meu minha meus quero queria tem onde quando como qual isso esse essa mais muito tudo bem também posso pode',
  ),
  es: wordSet(
    'yo tú tu el la los las un una de del en para por con que es y no sí si mi mis quiero quería queria tiene hay donde dónde cuando como cómo cuál cual eso ese esa más muy todo bien también puedo puede me',
  ),
};

/** Fewest words for a reading of a language we do not speak to count. */
const MIN_WORDS_FOR_FOREIGN = 3;

const NOTHING: LanguageReading = { language: null, reliable: false, short: false };

const WORD = /[\p{L}]+/gu;

const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** Every word of the message is a chat word of exactly one of our languages: that language. */
function shortTextLanguage(words: string[]): Locale | null {
  if (words.length === 0 || words.length > 4) return null;
  const fits = LOCALES.filter((locale) => words.every((w) => SHORT_WORDS[locale].has(w)));
  return fits.length === 1 ? fits[0]! : null;
}

/** Our language whose function words make up at least half of the message's words, if one does. */
function functionWordLanguage(words: string[]): Locale | null {
  if (words.length === 0) return null;
  const [best] = LOCALES.map((locale) => ({
    locale,
    share: words.filter((w) => FUNCTION_WORDS[locale].has(w)).length / words.length,
  })).sort((a, b) => b.share - a.share);
  return best && best.share >= 0.5 ? best.locale : null;
}

/**
 * The language of one chat message: the short-word signal for greetings and thanks, otherwise the `eld`
 * n-gram detector (its small database: 76/78 right on tests/fixtures/language-samples.jsonl, no reliable
 * reading wrong; see tests/unit/i18n/detect-language.test.ts). Digits, codes, emoji and "ok" read as nothing.
 */
export function detectLanguage(text: string): LanguageReading {
  // Codes and numbers ("DS26-AB12-CD34", "2x", "+351…") say nothing about a language.
  const cleaned = text.replace(/\S*\d\S*/gu, ' ');
  const words = wordsOf(cleaned);
  const short = shortTextLanguage(words);
  if (short) return { language: short, reliable: true, short: true };
  if (words.join('').length < 3) return NOTHING;
  const result = eld.detect(cleaned);
  if (!result.language) return NOTHING;
  if (!(LOCALES as readonly string[]).includes(result.language)) {
    // Not one of ours: believed only when the words are not mostly our function words (telling an English
    // speaker that we "only speak English" would be absurd), and then still not reliable.
    const ours = functionWordLanguage(words);
    if (ours) return { language: ours, reliable: false, short: false };
    // Two words of chat are too few to call foreign: "wifi password?" reads as reliable Italian, and telling
    // someone we only speak English because of it would be wrong. Said again at more length, it is believed.
    if (words.length < MIN_WORDS_FOR_FOREIGN)
      return { language: result.language, reliable: false, short: false };
  }
  return { language: result.language, reliable: result.isReliable(), short: false };
}
