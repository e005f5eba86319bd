import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../core/i18n/detect-language.js';
import { readLanguageRequest } from '../../../core/i18n/language-request.js';
import { chooseLanguage } from '../../../core/pipeline/steps/language.js';
import type { ContactInfo } from '../../../core/router/skill.js';

const samples = readFileSync(new URL('../../fixtures/language-samples.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; lang: string });

describe('detecting the language of short chat messages', () => {
  it('reads at least 95 % of the labelled en/pt/es/fr chat samples right, and is never reliably wrong', () => {
    const readings = samples.map((s) => ({ ...s, reading: detectLanguage(s.text) }));
    const right = readings.filter((r) => r.reading.language === r.lang);
    expect(right.length / samples.length).toBeGreaterThanOrEqual(0.95);
    const confidentlyWrong = readings.filter((r) => r.reading.reliable && r.reading.language !== r.lang);
    expect(confidentlyWrong.map((r) => `${r.text} → ${r.reading.language}`)).toEqual([]);
  });

  it.each(['wifi password?', 'refund?', 'parking?'])(
    'never calls two words of English chat a language we do not speak reliably: "%s"',
    (text) => {
      const reading = detectLanguage(text);
      expect(reading.reliable && !['en', 'pt', 'es'].includes(reading.language ?? '')).toBe(false);
    },
  );

  it('reads greetings and thanks from their words, where n-grams cannot', () => {
    expect(detectLanguage('hola')).toEqual({ language: 'es', reliable: true, short: true });
    expect(detectLanguage('obrigado!')).toEqual({ language: 'pt', reliable: true, short: true });
    expect(detectLanguage('hi')).toEqual({ language: 'en', reliable: true, short: true });
    expect(detectLanguage('valeu')).toMatchObject({ language: 'pt' });
  });

  it('reads nothing into numbers, emoji or "ok"', () => {
    for (const text of ['1', '2️⃣', '👍👍', 'ok', 'DS26-ABCD-EFGH']) {
      expect(detectLanguage(text).reliable, text).toBe(false);
    }
  });
});

describe('asking for a language', () => {
  it.each([
    ['speak English', 'en'],
    ['can you speak english please?', 'en'],
    ['English please', 'en'],
    ['fala português', 'pt'],
    ['pode falar em portugues?', 'pt'],
    ['em português por favor', 'pt'],
    ['en español', 'es'],
    ['háblame en castellano', 'es'],
    ['¿puedes hablar español?', 'es'],
  ])('"%s" → %s', (text, locale) => {
    expect(readLanguageRequest(text)).toBe(locale);
  });

  it.each([
    'is the keynote in English?',
    'are there talks in Spanish',
    'my friend only speaks portuguese, can she come',
    'book 2 tickets',
    'english and spanish',
  ])('"%s" is not a request to switch', (text) => {
    expect(readLanguageRequest(text)).toBeNull();
  });
});

describe('choosing the reply language', () => {
  const contact = (
    language: ContactInfo['language'],
    languageSetBy: ContactInfo['languageSetBy'] = null,
  ) => ({
    id: 'c',
    address: '+1',
    displayName: null,
    optedOut: false,
    isNew: false,
    language,
    languageSetBy: language ? (languageSetBy ?? 'detected') : null,
  });

  it('answers in what a clear message is written in, and remembers it', () => {
    expect(chooseLanguage(detectLanguage('quiero cancelar mi reserva'), contact(null))).toEqual({
      locale: 'es',
      remember: true,
      foreign: false,
    });
  });

  it('keeps the remembered language for "1", "ok" and a lone "thanks"', () => {
    expect(chooseLanguage(detectLanguage('1'), contact('pt')).locale).toBe('pt');
    expect(chooseLanguage(detectLanguage('ok'), contact('es')).locale).toBe('es');
    expect(chooseLanguage(detectLanguage('thanks'), contact('pt'))).toEqual({
      locale: 'pt',
      remember: false,
      foreign: false,
    });
  });

  it('keeps a language the person asked for, whatever they write in', () => {
    expect(chooseLanguage(detectLanguage('quero 2 bilhetes vip'), contact('en', 'asked')).locale).toBe('en');
  });

  it('answers a language we do not speak in the remembered one (English by default), with a note', () => {
    expect(chooseLanguage(detectLanguage('je voudrais deux billets VIP'), contact(null))).toEqual({
      locale: 'en',
      remember: false,
      foreign: true,
    });
    expect(chooseLanguage(detectLanguage('je voudrais deux billets VIP'), contact('es')).locale).toBe('es');
  });
});

describe('English slang is not a foreign language', () => {
  it.each(['i wanna go', 'yo can i get a ticket', 'wanna go there'])(
    '"%s" gets no "we only speak" note',
    (text) => {
      const reading = detectLanguage(text);
      expect(reading.reliable && !['en', 'pt', 'es'].includes(reading.language ?? '')).toBe(false);
    },
  );
});
