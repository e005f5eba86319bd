import { NUMBER_WORDS } from './number-words.js';
import type { ValueSpan } from './utterance.js';

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const DIGITS = /^\d{1,2}$/;
const AM = new Set(['am']);
const PM = new Set(['pm']);
/** Words after which a bare number is an hour: "at 11", "a las 3", "as 15" (pt "às"). */
const HOUR_PREPOSITIONS = new Set('at around by until till before after from las as about'.split(' '));
const NOT_AN_HOUR_AFTER = new Set(
  (
    'ticket tickets pass passes seat seats people persons of entradas ingressos minutes mins ' +
    'min hours days euros eur dollars percent x'
  ).split(' '),
);
const NAMED_TIMES: Record<string, string> = {
  noon: '12:00',
  midday: '12:00',
  mediodia: '12:00',
  midnight: '00:00',
  medianoche: '00:00',
  meianoite: '00:00',
};
const EVENING_WORDS = new Set(['afternoon', 'evening', 'tonight', 'night', 'tarde', 'noite', 'noche']);
const MORNING_WORDS = new Set(['morning', 'manha', 'madrugada']);

const pad = (n: number) => String(n).padStart(2, '0');

const AND_WORDS = new Set(['y', 'e', 'and']);
/** "y media", "e meia", "and a half"; "y cuarto", "e um quarto", "e quinze". */
const HALF_WORDS = new Set(['media', 'meia', 'half']);
const QUARTER_WORDS = new Set(['cuarto', 'quarto', 'quinze', 'quarter']);

/**
 * Minutes said after an hour: "14 30" (a clock typed without the colon, or dictated), "dos y media",
 * "duas e meia", "tres y cuarto". How many words they took, so the time's span covers them.
 */
function minutesAfter(words: readonly string[], i: number): { minute: number; used: number } | undefined {
  const next = words[i + 1];
  if (next === undefined) return undefined;
  if (DIGITS.test(words[i]!) && /^[0-5]\d$/.test(next)) return { minute: Number(next), used: 1 };
  if (!AND_WORDS.has(next)) return undefined;
  let k = i + 2;
  if (words[k] === 'a' || words[k] === 'um') k++;
  if (HALF_WORDS.has(words[k] ?? '')) return { minute: 30, used: k - i };
  if (QUARTER_WORDS.has(words[k] ?? '')) return { minute: 15, used: k - i };
  return undefined;
}

const meridiemOf = (word: string | undefined) =>
  word !== undefined && AM.has(word) ? 'am' : word !== undefined && PM.has(word) ? 'pm' : undefined;

function hourValue(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (DIGITS.test(word)) return Number(word);
  const spelled = NUMBER_WORDS[word];
  return spelled !== undefined && spelled <= 12 ? spelled : undefined;
}

/**
 * A conference day runs from about 08:00 to 20:00, so an hour said without am/pm ("at 3", "my 11") means
 * the one inside that day unless the message says morning or evening.
 */
function toDayHour(
  hour: number,
  meridiem: 'am' | 'pm' | undefined,
  partOfDay: 'am' | 'pm' | undefined,
): number {
  const said = meridiem ?? partOfDay;
  if (said === 'pm') return hour < 12 ? hour + 12 : hour;
  if (said === 'am') return hour === 12 ? 0 : hour;
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

function clock(hour: number, minute: number): string | undefined {
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

/** Times of day ("at 2pm", "14:00", "2:30 pm", "noon", "half past two") as "HH:MM". */
export function findTimes(words: readonly string[], taken: readonly boolean[]): ValueSpan<string>[] {
  const found: ValueSpan<string>[] = [];
  const partOfDay = words.some((w) => EVENING_WORDS.has(w))
    ? 'pm'
    : words.some((w) => MORNING_WORDS.has(w))
      ? 'am'
      : undefined;
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const word = words[i]!;
    const next = words[i + 1];
    const meridiem = next && AM.has(next) ? 'am' : next && PM.has(next) ? 'pm' : undefined;
    const named = NAMED_TIMES[word];
    if (named) {
      found.push({ start: i, end: i + 1, value: named });
      continue;
    }
    const match = CLOCK.exec(word);
    if (match) {
      const value = clock(toDayHour(Number(match[1]), meridiem, partOfDay), Number(match[2]));
      if (value) found.push({ start: i, end: meridiem ? i + 2 : i + 1, value });
      continue;
    }
    if ((word === 'half' || word === 'quarter') && (next === 'past' || next === 'to')) {
      const hour = hourValue(words[i + 2]);
      if (hour !== undefined) {
        const after = words[i + 3];
        const m = after === 'am' ? 'am' : after === 'pm' ? 'pm' : undefined;
        const base = toDayHour(hour, m, partOfDay);
        const minutes = word === 'half' ? 30 : next === 'past' ? 15 : -15;
        const total = base * 60 + minutes;
        const value = clock(Math.floor(total / 60), ((total % 60) + 60) % 60);
        if (value) found.push({ start: i, end: m ? i + 4 : i + 3, value });
        i += 2;
        continue;
      }
    }
    const hour = hourValue(word);
    if (hour === undefined || hour > 23) continue;
    const oclock = next === 'oclock';
    const afterPreposition =
      i > 0 && HOUR_PREPOSITIONS.has(words[i - 1]!) && !NOT_AN_HOUR_AFTER.has(next ?? '');
    const spoken = minutesAfter(words, i);
    const minute = spoken?.minute ?? 0;
    const end = i + 1 + (spoken?.used ?? 0);
    const said = spoken ? meridiemOf(words[end]) : meridiem;
    if (said && hour >= 1 && hour <= 12) {
      found.push({ start: i, end: end + 1, value: clock(toDayHour(hour, said, partOfDay), minute)! });
    } else if (oclock || (afterPreposition && DIGITS.test(word)) || (afterPreposition && hour <= 12)) {
      const value = clock(toDayHour(hour, undefined, partOfDay), oclock ? 0 : minute);
      if (value) found.push({ start: i, end: oclock ? i + 2 : end, value });
    }
  }
  return found;
}
