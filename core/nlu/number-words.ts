/** Spelled-out numbers in English, Portuguese and Spanish (accents stripped). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  single: 1,
  couple: 2,
  pair: 2,
  dozen: 12,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  onze: 11,
  doze: 12,
  vinte: 20,
  dos: 2,
  cuatro: 4,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  veinte: 20,
  uno: 1,
};

/**
 * Words that are a number only next to a ticket noun: articles ("a ticket", "uma entrada") and words that
 * are also something else in another language ("once" is 11 in Spanish).
 */
export const ARTICLE_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  um: 1,
  uma: 1,
  un: 1,
  una: 1,
  once: 11,
};

/** Hours people say as words ("at three", "a las tres"). */
export function numberFromWord(word: string): number | undefined {
  return NUMBER_WORDS[word];
}
