/**
 * A small trigram language model in ARPA format (what pocketsphinx's `-lm` reads), from tokenised sentences.
 * Interpolated absolute discounting: every seen n-gram keeps its count minus D, and the mass taken (D per
 * distinct follower) goes to the next lower order; unigrams back off to a uniform share over the vocabulary,
 * so every dictionary word stays possible. In ARPA terms the backoff weight of a history h is then exactly
 * D·followers(h)/count(h) (the interpolated probabilities of the seen words already hold the lower order's share).
 */
export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** Discount per seen n-gram; 0.7 is the usual choice for small counts (Ney, Essen, Kneser 1994). */
const DISCOUNT = 0.7;

export function buildArpa(
  sentences: string[][],
  opts: { vocabulary?: Iterable<string>; order?: number } = {},
) {
  const order = opts.order ?? 3;
  // counts[k] : "w1 … wk" → count, for k = 1..order
  const counts: Map<string, number>[] = Array.from({ length: order + 1 }, () => new Map());
  for (const words of sentences) {
    if (words.length === 0) continue;
    const padded = [SENTENCE_START, ...words, SENTENCE_END];
    for (let k = 1; k <= order; k++) {
      for (let i = 0; i + k <= padded.length; i++) {
        const gram = padded.slice(i, i + k);
        if (k === 1 && gram[0] === SENTENCE_START) continue;
        const key = gram.join(' ');
        counts[k]!.set(key, (counts[k]!.get(key) ?? 0) + 1);
      }
    }
  }
  const vocabulary = new Set<string>([...counts[1]!.keys(), ...(opts.vocabulary ?? [])]);
  vocabulary.delete(SENTENCE_START);

  // Per history: total count of its continuations and the number of distinct ones.
  const histories: Map<string, { total: number; types: number }>[] = [new Map()];
  for (let k = 1; k <= order; k++) {
    const byHistory = new Map<string, { total: number; types: number }>();
    for (const [gram, c] of counts[k]!) {
      const h = gram.split(' ').slice(0, -1).join(' ');
      const s = byHistory.get(h) ?? { total: 0, types: 0 };
      s.total += c;
      s.types += 1;
      byHistory.set(h, s);
    }
    histories.push(byHistory);
  }

  const unigramTotal = histories[1]!.get('')!;
  const uniform = 1 / vocabulary.size;
  const memo = new Map<string, number>();
  /** Interpolated P(w | history), history of up to order-1 words. */
  const prob = (history: string[], word: string): number => {
    const key = `${history.join(' ')}|${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let p: number;
    if (history.length === 0) {
      const c = counts[1]!.get(word) ?? 0;
      p =
        Math.max(c - DISCOUNT, 0) / unigramTotal.total +
        (DISCOUNT * unigramTotal.types * uniform) / unigramTotal.total;
    } else {
      const lower = prob(history.slice(1), word);
      const h = histories[history.length + 1]!.get(history.join(' '));
      if (!h) p = lower;
      else {
        const c = counts[history.length + 1]!.get(`${history.join(' ')} ${word}`) ?? 0;
        p = Math.max(c - DISCOUNT, 0) / h.total + (DISCOUNT * h.types * lower) / h.total;
      }
    }
    memo.set(key, p);
    return p;
  };
  const backoff = (gram: string): number | null => {
    const k = gram.split(' ').length;
    const h = k < order ? histories[k + 1]!.get(gram) : undefined;
    return h ? (DISCOUNT * h.types) / h.total : null;
  };
  const log10 = (p: number) => Math.log10(p).toFixed(4);

  const sections: string[][] = [];
  // Unigrams: every vocabulary word, seen or not, and the sentence start (never predicted, only a history).
  const unigrams = [SENTENCE_START, ...[...vocabulary].sort()];
  sections.push(
    unigrams.map((w) => {
      const p = w === SENTENCE_START ? '-99' : log10(prob([], w));
      const b = backoff(w);
      return b === null ? `${p} ${w}` : `${p} ${w} ${log10(b)}`;
    }),
  );
  for (let k = 2; k <= order; k++) {
    sections.push(
      [...counts[k]!.keys()].sort().map((gram) => {
        const words = gram.split(' ');
        const p = log10(prob(words.slice(0, -1), words.at(-1)!));
        const b = backoff(gram);
        return b === null ? `${p} ${gram}` : `${p} ${gram} ${log10(b)}`;
      }),
    );
  }
  return [
    '\\data\\',
    ...sections.map((s, i) => `ngram ${i + 1}=${s.length}`),
    '',
    ...sections.flatMap((s, i) => [`\\${i + 1}-grams:`, ...s, '']),
    '\\end\\',
    '',
  ].join('\n');
}
