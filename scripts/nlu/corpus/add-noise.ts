import type { Expansion } from './expand-template.js';
import { pick } from './expand-template.js';

/** How people of one language mangle a message when they type fast or dictate it. */
export interface NoiseProfile {
  /** Whole-word chat shorthands: word → spellings people use instead. */
  shorthand: Readonly<Record<string, readonly string[]>>;
  /** Fillers a voice transcript or a casual text starts or ends with. */
  openers: readonly string[];
  closers: readonly string[];
  /** Portuguese and Spanish writers often skip accents on a phone keyboard. */
  dropsAccents: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One realistic slip: two letters swapped, one dropped, one doubled, or a neighbour key hit. */
function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + pick(random, [...LETTERS]) + word.slice(i + 1);
  }
}

const inside = (ranges: readonly [number, number][], start: number, end: number) =>
  ranges.some(([a, b]) => start < b && a < end);

/**
 * Makes a clean expansion read like a real message: shorthands, the odd typo, lower case, no punctuation,
 * no accents, a filler before or after. Slot values are never misspelled (their labels must stay true).
 */
export function addNoise(e: Expansion, profile: NoiseProfile, random: () => number): string {
  let out = '';
  let last = 0;
  let typos = 0;
  for (const m of e.text.matchAll(/[\p{L}']+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    out += e.text.slice(last, start);
    last = end;
    let word = m[0];
    if (!inside(e.protectedRanges, start, end)) {
      const options = profile.shorthand[word.toLowerCase()];
      if (options && random() < 0.55) word = pick(random, options);
      else if (word.length >= 5 && typos < 2 && random() < 0.08) {
        word = typo(word, random);
        typos++;
      }
    }
    out += word;
  }
  out += e.text.slice(last);
  const r = random();
  if (r < 0.6) out = out.toLowerCase();
  else if (r < 0.63) out = out.toUpperCase();
  if (random() < 0.5) out = out.replace(/[.,!?¿¡;:]+/g, ' ');
  if (random() < 0.5) out = out.replace(/'/g, '');
  if (profile.dropsAccents && random() < 0.5) out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (profile.openers.length > 0 && random() < 0.2) out = `${pick(random, profile.openers)} ${out}`;
  if (profile.closers.length > 0 && random() < 0.2) out = `${out} ${pick(random, profile.closers)}`;
  return out.replace(/\s+/g, ' ').trim();
}
