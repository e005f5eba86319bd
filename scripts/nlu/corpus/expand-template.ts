import type { Slots } from '../../../core/nlu/label-schema.js';

/** Values a slot placeholder can take in one language: what is written and the label it carries. */
export interface SlotValues {
  qty: readonly [string, number][];
  one: readonly string[];
  tier: readonly [string, string][];
  person: readonly [string, string][];
  session: readonly [string, string][];
  sponsor: readonly [string, string][];
  time: readonly [string, string][];
  int: readonly string[];
  /** A speaker's name, labelled with the session they give ("when does Grace speak" asks about a talk). */
  speaker: readonly [string, string][];
}

/** A deterministic generator (mulberry32): the corpus is rebuilt byte for byte from the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

export interface Expansion {
  text: string;
  slots: Slots;
  /** Character ranges holding slot values: noise must not misspell them, or the label would lie. */
  protectedRanges: [number, number][];
}

/**
 * One random reading of a template. Syntax: `{a|b|}` picks one alternative (possibly empty, nestable),
 * `<qty>` `<one>` `<tier>` `<person>` `<session>` `<sponsor>` `<time>` `<int>` `<speaker>` insert a slot value and
 * label it, and a leading `=id` labels the `faq` slot (e.g. `=faq-wifi`, `=tickets`).
 */
export function expandTemplate(template: string, values: SlotValues, random: () => number): Expansion {
  const slots: Slots = {};
  let body = template;
  const faq = /^=(\S+)\s+/.exec(body);
  if (faq) {
    slots.faq = faq[1]!;
    body = body.slice(faq[0].length);
  }
  const chosen = chooseAlternatives(body, random);
  let text = '';
  const protectedRanges: [number, number][] = [];
  let last = 0;
  for (const m of chosen.matchAll(/<(qty|one|tier|person|session|sponsor|time|int|speaker)>/g)) {
    text += chosen.slice(last, m.index);
    last = m.index + m[0].length;
    const [written, apply] = slotValue(m[1]!, values, random, slots);
    protectedRanges.push([text.length, text.length + written.length]);
    text += written;
    apply();
  }
  text += chosen.slice(last);
  return {
    text: text
      .replace(/\s+/g, ' ')
      .replace(/\s+([?!.,])/g, '$1')
      .trim(),
    slots,
    protectedRanges,
  };
}

function slotValue(kind: string, v: SlotValues, random: () => number, slots: Slots): [string, () => void] {
  switch (kind) {
    case 'qty': {
      const [written, n] = pick(random, v.qty);
      return [written, () => (slots.quantity = n)];
    }
    case 'one':
      return [pick(random, v.one), () => (slots.quantity = 1)];
    case 'int': {
      const others = slots.interests ?? [];
      const choice = pick(
        random,
        v.int.filter((i) => !others.includes(i)),
      );
      return [choice, () => (slots.interests = [...others, choice])];
    }
    case 'speaker': {
      const [written, session] = pick(random, v.speaker);
      return [written, () => (slots.session = session)];
    }
    default: {
      const list = v[kind as 'tier' | 'person' | 'session' | 'sponsor' | 'time'];
      const [written, id] = pick(random, list);
      return [written, () => ((slots as Record<string, string>)[kind] = id)];
    }
  }
}

/** Resolves `{a|b}` groups innermost first, so alternatives may nest. */
function chooseAlternatives(template: string, random: () => number): string {
  let s = template;
  for (;;) {
    const m = /\{([^{}]*)\}/.exec(s);
    if (!m) return s;
    s = s.slice(0, m.index) + pick(random, m[1]!.split('|')) + s.slice(m.index + m[0].length);
  }
}
