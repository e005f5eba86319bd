import { FUNCTION_WORDS } from './common-words.js';

/** Topics attendees commonly list; known to the spelling corrector so "kubernets" still reads right. */
export const INTEREST_WORDS: readonly string[] = (
  'kubernetes k8s postgres postgresql mysql database databases ai ml machine learning deep llm llms genai nlp ' +
  'vision data analytics fintech payments banking crypto blockchain web3 devops cloud aws azure gcp serverless ' +
  'security cybersecurity privacy gdpr biometrics typescript javascript python rust golang java kotlin swift ' +
  'react frontend backend mobile ux design product saas startups startup fundraising investing hiring ' +
  'recruiting marketing sales growth observability sre terraform platform engineering open source compilers ' +
  'developer tools experience chatbots whatsapp events ticketing edtech healthtech climate sustainability iot ' +
  'robotics gaming ecommerce mlops vector search recommendation systems performance compliance investors founders'
).split(' ');

/** Phrases after which the message lists interests ("interested in ai and fintech"). */
/** "a b|c" → [["a", "b"], ["c"]]: cue phrases written as text. */
const phrases = (text: string): readonly string[][] => text.split('|').map((p) => p.split(' '));

/** Phrases after which the message lists interests ("interested in ai and fintech"). */
const INTEREST_CUES = phrases(
  'interested in|interest in|interests are|interests is|interests include|interest is|interests|' +
    'into|working on|working with|work on|works on|passionate about|focused on|focus on|building|' +
    'doing|interessado em|interessada em|interesado en|interesada en|interesa|interesan|interessa|' +
    'trabalhando com|trabalhando em|trabajando en|trabajando con|' +
    // pt/es ways of stating one's own topics ("meus interesses sao…", "lo mio es…", "mexe com…")
    'interesses sao|intereses son|me interesso por|interesso por|lo mio es|mexe com|mexo com|' +
    'trabalha com|trabaja con|trabaje con|trabaja en|trabaje en|' +
    // "trabajo en fintech", "trabalho com pagamentos", "gente interesada en…". Not the English "I work in
    // developer tools": the dev set reads that as a sector, which is not an interest.
    'trabajo en|trabajo con|trabalho com|trabalho em|interesados en|interesadas en|' +
    'interessados em|interessadas em|' +
    // "atualiza meus interesses para postgres e fintech", "define meus interesses: ai e privacy"
    'meus interesses para|meus interesses|mis intereses a|mis intereses|curto|curte|curtimos',
);
/** Verbs whose object names who to meet; used for matchmaking requests only ("find me investors"). */
const FIND_CUES = phrases(
  'find me|find|show me|suggest|recommend|connect me with|introduce me to|looking for|meet|' +
    'conocer a|conhecer|network with|connect with|talk to|gente de|pessoas de|personas de|' +
    'conectar con|conectar com|pessoas em|alguem em|gente em|personas en|alguien en|gente en',
);
const SKIP_BEFORE = new Set(
  (
    'to are is as include includes the a an some more other good new relevant interesting ' +
    'potential fellow in on with about of mostly mainly especially el la los las de em en o os muito mucho'
  ).split(' '),
);
const GENERIC_HEADS = new Set(
  (
    'people person persons someone somebody anyone folks connections connection contacts ' +
    'contact matches match attendees others pessoas personas gente it this that them you me us ' +
    'stuff things here there anything something aqui aca ali alli'
  ).split(' '),
);
const SPLITTERS = new Set(['and', 'or', 'e', 'y', 'ou', 'plus', 'also']);
/** Words that start the next clause rather than continue the list ("into ai and looking for…"). */
const LIST_STOPS = new Set(
  (
    'looking want need would like love meet find trying hoping interested working work building ' +
    'based live living located searching seeking currently etc stuff thanks quiero quero busco ' +
    'procuro now today tomorrow ahora agora hoy hoje urgent urgente pa pra charlar conversar since desde hace hacer'
  ).split(' '),
);

function cueEnd(words: readonly string[], at: number, cue: readonly string[]): number | undefined {
  return cue.every((w, k) => words[at + k] === w) ? at + cue.length : undefined;
}

/** The list that starts at `from`: items split on "and"/commas, each up to three words. */
function readList(
  words: readonly string[],
  breaks: readonly boolean[],
  from: number,
  requireSpecific: boolean,
): string[] {
  const items: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const item = current.join(' ');
    if (item && !(requireSpecific && GENERIC_HEADS.has(current[0]!)) && !GENERIC_HEADS.has(item))
      items.push(item);
    current = [];
  };
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (i > from && breaks[i]) flush();
    if (SPLITTERS.has(word)) {
      flush();
      continue;
    }
    if (current.length === 0 && SKIP_BEFORE.has(word)) continue;
    if (FUNCTION_WORDS.has(word) || LIST_STOPS.has(word) || /^\d/.test(word) || current.length === 3) break;
    if (current.length === 0 && GENERIC_HEADS.has(word) && requireSpecific) break;
    current.push(word);
  }
  flush();
  return items;
}

/** "add kubernetes to my interests", "agrega X a mis intereses", "adiciona X aos meus interesses". */
const ADD_VERBS = new Set(
  'add put include agrega agregar anade anadir añade pon poner mete incluye adiciona adicionar coloca poe bota inclui'.split(
    ' ',
  ),
);
const TO_MY_INTERESTS = phrases(
  'to my interests|a mis intereses|en mis intereses|aos meus interesses|nos meus interesses|em meus interesses',
);

/** The items between an adding verb and "to my interests". */
function addedInterests(words: readonly string[], breaks: readonly boolean[]): string[] {
  for (let j = 1; j < words.length; j++) {
    if (!TO_MY_INTERESTS.some((cue) => cueEnd(words, j, cue) !== undefined)) continue;
    for (let i = j - 1; i >= 0; i--) {
      if (!ADD_VERBS.has(words[i]!)) continue;
      return readList(words.slice(0, j), breaks.slice(0, j), i + 1, false);
    }
  }
  return [];
}

/**
 * Interests the message states: what follows "interested in", "my interests are", "working on", "into"…,
 * and for matchmaking requests the kind of people asked for ("find me investors"). Lower case, in order.
 */
export function extractInterests(
  words: readonly string[],
  breaks: readonly boolean[],
  matchmaking: boolean,
): string[] {
  const found: string[] = addedInterests(words, breaks);
  const cues = matchmaking ? [...INTEREST_CUES, ...FIND_CUES] : INTEREST_CUES;
  for (let i = 0; i < words.length; i++) {
    for (const cue of cues) {
      const end = cueEnd(words, i, cue);
      if (end === undefined) continue;
      const items = readList(words, breaks, end, FIND_CUES.includes(cue));
      for (const item of items) if (!found.includes(item)) found.push(item);
      if (items.length > 0) {
        i = end - 1;
        break;
      }
    }
  }
  return found;
}
