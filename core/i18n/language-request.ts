import type { Locale } from './locale.js';

/** Names people give our languages, accents stripped ("português", "inglés", "castellano"). */
const NAMES: Readonly<Record<string, Locale>> = {
  english: 'en',
  ingles: 'en',
  inglese: 'en',
  portuguese: 'pt',
  portugues: 'pt',
  portuges: 'pt',
  portugu: 'pt',
  spanish: 'es',
  espanol: 'es',
  espanhol: 'es',
  castellano: 'es',
  castelhano: 'es',
};

/**
 * The words around a language name when someone asks for it ("can you speak English please", "fala
 * português", "en español por favor", "háblame en castellano"). Anything else in the message (a question:
 * "is the keynote in English?") means it is not a request to switch.
 */
const AROUND = new Set(
  (
    'please pls plz por favor porfa pf pfv can could would you u me to in into em en na el la lo al a ' +
    'speak talk write reply answer respond use switch change lets let us ' +
    'fala falar fale falas pode podes podia escreve escrever escreva responde responder responda muda mudar usa ' +
    'habla hablar hablame hablas hablemos puedes podrias escribe escribeme escribir contesta contestame ' +
    'respondeme cambia cambiar cambiemos usa i want quero queria quiero prefer prefiro prefiero ' +
    'language idioma lingua only so ok okay now agora ahora just so only para pra in the'
  ).split(' '),
);

const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A request to be answered in another of our languages, or null. The whole message must be the request: a
 * language name plus only the words people put around one (at most eight words).
 */
export function readLanguageRequest(text: string): Locale | null {
  const words = strip(text).match(/[a-z]+/g) ?? [];
  if (words.length === 0 || words.length > 8) return null;
  const named = words.filter((w) => NAMES[w] !== undefined);
  if (named.length !== 1) return null;
  if (!words.every((w) => NAMES[w] !== undefined || AROUND.has(w))) return null;
  return NAMES[named[0]!]!;
}
