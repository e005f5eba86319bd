/** The languages attendees write in (en, pt, es). */
export type TextLanguage = 'en' | 'pt' | 'es';

/**
 * Scores how positive a comment or complaint is, from -1 (very negative) to 1 (very positive). The offline
 * default is a word list (adapters/providers/sentiment); an implementation never throws on odd text.
 */
export interface SentimentAnalyser {
  readonly name: string;
  score(text: string, language: TextLanguage): Promise<number>;
}
