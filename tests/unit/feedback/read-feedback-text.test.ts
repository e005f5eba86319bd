import { describe, expect, it } from 'vitest';
import { AfinnSentiment } from '../../../adapters/providers/sentiment/afinn-sentiment.js';
import {
  guessLanguage,
  isUrgent,
  readFeedbackText,
} from '../../../core/services/feedback/read-feedback-text.js';

describe('reading comments and complaints (offline)', () => {
  it.each([
    ['Someone is harassing people near the entrance', 'harassment'],
    ['There is smoke coming from the kitchen', 'safety'],
    ['The room is full and they are still letting people in', 'overcrowding'],
    ['Estão a assediar uma participante na sala B', 'harassment'],
    ['La sala está llena y siguen dejando entrar gente', 'overcrowding'],
  ])('"%s" is urgent whatever its sentiment (%s)', (text, topic) => {
    const reading = readFeedbackText(text);
    expect(reading.topics).toContain(topic);
    expect(isUrgent(reading, 0.5)).toBe(true);
  });

  it('a complaint about the venue is urgent only when negative; a question about it is no complaint', () => {
    const noWifi = readFeedbackText('No wifi in Room A');
    expect(noWifi).toMatchObject({ topics: ['wifi'], complaint: true });
    expect(isUrgent(noWifi, -0.2)).toBe(true);
    expect(isUrgent(noWifi, 0.4)).toBe(false);
    expect(readFeedbackText("what's the wifi password?").complaint).toBe(false);
    expect(readFeedbackText('Great talk, thanks!').complaint).toBe(false);
  });

  it('guesses en, pt and es from marker words', () => {
    expect(guessLanguage('The sound was bad')).toBe('en');
    expect(guessLanguage('O som não estava bom, muito baixo')).toBe('pt');
    expect(guessLanguage('No hay sonido, muy mal')).toBe('es');
  });

  it('scores sentiment in en, pt and es between -1 and 1, negation included', async () => {
    const analyser = new AfinnSentiment();
    expect(await analyser.score('Excellent talk, I loved it', 'en')).toBeGreaterThan(0);
    expect(await analyser.score('not good at all', 'en')).toBeLessThan(0);
    expect(await analyser.score('A sala estava horrível', 'pt')).toBeLessThan(0);
    expect(await analyser.score('Una charla excelente', 'es')).toBeGreaterThan(0);
    const extreme = await analyser.score('awful awful terrible horrible', 'en');
    expect(extreme).toBeGreaterThanOrEqual(-1);
  });
});
