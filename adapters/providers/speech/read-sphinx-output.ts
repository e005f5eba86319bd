import { GARBAGE_PREFIX } from './build-grammar.js';

/** Silence, breath and noise tokens pocketsphinx adds between words (`<sil>`, `[NOISE]`, `++UM++`). */
const isFiller = (w: string) => /^<.*>$|^\[.*\]$|^\+\+.*\+\+$/.test(w);
const plain = (w: string) => w.replace(/\(\d+\)$/, '');

/**
 * Score units between two n-best readings that make the better one e (≈2.7) times likelier. pocketsphinx's
 * n-best scores are scaled log-likelihoods; 200 spreads the shares of the bench voice notes' readings so the
 * right one usually holds most of it (a heuristic scale, not a calibrated probability).
 */
const NBEST_SCALE = 200;

/**
 * The n-best list of `pocketsphinx_batch -nbest` (`words score` a line, best first), garbage and filler words
 * dropped, duplicates merged, each with its share of the list's probability mass.
 */
export function readNbest(text: string): { text: string; share: number }[] {
  const scored = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(.*\S)\s+(-?\d+)\s*$/.exec(line.trim());
    if (!m) continue;
    const words = m[1]!
      .split(/\s+/)
      .map(plain)
      .filter((w) => !isFiller(w) && !w.startsWith(GARBAGE_PREFIX));
    const reading = words.join(' ');
    const score = Number(m[2]);
    if (!scored.has(reading) || scored.get(reading)! < score) scored.set(reading, score);
  }
  if (scored.size === 0) return [];
  const best = Math.max(...scored.values());
  const weights = [...scored].map(([reading, score]) => ({
    text: reading,
    weight: Math.exp((score - best) / NBEST_SCALE),
  }));
  const total = weights.reduce((n, w) => n + w.weight, 0);
  return weights
    .map((w) => ({ text: w.text, share: w.weight / total }))
    .sort((a, b) => b.share - a.share)
    .filter((a) => a.text !== '');
}
