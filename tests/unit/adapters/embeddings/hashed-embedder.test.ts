import { describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../../adapters/providers/embeddings/hashed-embedder.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);

describe('HashedEmbedder', () => {
  const embedder = new HashedEmbedder(256);
  it('produces deterministic unit vectors of the configured size', async () => {
    const [a, b] = await embedder.embed(['Wi-Fi password', 'Wi-Fi password']);
    expect(a).toHaveLength(256);
    expect(a).toEqual(b);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 6);
  });
  it('puts paraphrases and typos closer than unrelated questions', async () => {
    const [faq, query, typo, other] = await embedder.embed([
      'What is the Wi-Fi network and password?',
      "what's the wifi password",
      'wifii pasword?',
      'Is there parking at the venue?',
    ]);
    expect(cosine(faq!, query!)).toBeGreaterThan(cosine(faq!, other!) + 0.2);
    expect(cosine(faq!, typo!)).toBeGreaterThan(cosine(faq!, other!));
  });
  it('returns a zero vector for text with no features instead of NaN', async () => {
    const [v] = await embedder.embed(['?!']);
    expect(v!.every((x) => x === 0)).toBe(true);
  });
});
