/**
 * String-level clean-up before tokenising: one canonical spelling for the things people (and speech
 * recognisers) write in many ways, so the rest of the NLU only ever sees lower-case ASCII words.
 */

/** Emoji that carry an answer on their own in chat ("👍" is a yes); every other emoji is noise. */
const EMOJI_WORDS: [RegExp, string][] = [
  [/[\u{1F44B}]/gu, ' hi '],
  [/[\u{1F44D}\u{1F44C}\u{2705}\u{1F197}\u{2714}]/gu, ' yes '],
  [/[\u{1F64F}]/gu, ' thanks '],
  [/[\u{1F44E}\u{274C}\u{1F6AB}]/gu, ' no '],
];

const REWRITES: [RegExp, string | ((match: string) => string)][] = [
  [/[\u2018\u2019\u02bc`´]/g, "'"],
  // "a.m." / "p. m." must survive the punctuation split as one word.
  [/\b([ap])\.\s?m\b\.?/g, '$1m'],
  // Dotted acronyms ("v.i.p.") are written names, not sentence ends.
  [/\b(?:[a-z]\.){2,}/g, (match) => match.replace(/\./g, '')],
  [/\bw\//g, ' with '],
  [/@/g, ' at '],
  // "1:1", "1-1", "1on1", "one-on-one" are meetings, never a time or a quantity.
  [/\b(?:1\s?(?::|-|on|a)\s?1|one[\s-]on[\s-]one|one[\s-]to[\s-]one)s?\b/g, ' oneonone '],
  // Portuguese/French hours: "14h30", "9h".
  [/\b(\d{1,2})h(\d{2})\b/g, '$1:$2'],
  [/(?<![:\d])(\d{1,2})h\b/g, '$1:00'],
  [/\b(\d{1,2})\.(\d{2})\s*(am|pm)\b/g, '$1:$2 $3'],
  [/\b(\d{1,2})(st|nd|rd|th)\b/g, '$1 $2'],
  // A hyphen inside a word ("check-in", "wi-fi") joins, it does not separate clauses.
  [/([a-z])[-_]+(?=[a-z0-9])/g, '$1 '],
  [/([0-9])[-_]+(?=[a-z])/g, '$1 '],
];

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** "2️⃣" is a digit, a variation selector and the combining keycap: the digit is the answer. */
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/g;
/** After NFKD "½" is "1⁄2" (U+2044 FRACTION SLASH): read it as the decimal it is, never as 1 and 2. */
const VULGAR_FRACTION = /(\d+)\u2044(\d+)/g;

/**
 * NFKD folds compatibility forms (full-width "３", "ｔｉｃｋｅｔ", ligatures, "½") to plain ones and splits
 * accents off so they can be dropped.
 */
export function normaliseText(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(KEYCAP, '$1')
    .replace(VULGAR_FRACTION, (_m, a: string, b: string) => String(Number(a) / Number(b)))
    .toLowerCase();
  for (const [pattern, replacement] of EMOJI_WORDS) s = s.replace(pattern, replacement);
  for (const [pattern, replacement] of REWRITES) {
    s = typeof replacement === 'string' ? s.replace(pattern, replacement) : s.replace(pattern, replacement);
  }
  return s;
}
