import type { Embedder } from '../../../core/ports/embedder.js';

const STOP_WORDS = new Set(
  'a an the is are was were be to of in on at for and or but with what whats where when how do does did i me my you your we our it its this that there can could would should will please hi hey any about from by as if is'.split(
    ' ',
  ),
);

/** Folds accents and punctuation so "Wi-Fi", "wifi" and "wífi" land on the same features. */
export function featureTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\w)[-'’](\w)/g, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t))
    .map(stem);
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A local, deterministic embedding: hashed word unigrams and bigrams plus character trigrams (which absorb
 * typos), signed feature hashing into a fixed dimension, L2-normalised. No model, no network.
 */
export class HashedEmbedder implements Embedder {
  readonly model: string;

  constructor(readonly dimensions = 256) {
    this.model = `hashed-ngram-v1-${dimensions}`;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }

  embedOne(text: string): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      vector[h % this.dimensions]! += h & 0x80000000 ? -weight : weight;
    };
    const words = featureTokens(text);
    words.forEach((word, i) => {
      add(`w:${word}`, 1);
      if (i > 0) add(`b:${words[i - 1]} ${word}`, 0.5);
      const padded = `^${word}$`;
      const grams = Math.max(1, padded.length - 2);
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.6 / Math.sqrt(grams));
    });
    const norm = Math.hypot(...vector);
    return norm === 0 ? vector : vector.map((v) => v / norm);
  }
}
