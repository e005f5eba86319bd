import type { TextLanguage } from '../../ports/sentiment.js';

/**
 * What a comment or complaint is about, in en/pt/es. `urgent` topics go to the organizers at once whatever
 * the sentiment: people's safety, harassment, a room over capacity; the others are urgent only when the text
 * is a complaint (see `isUrgent`).
 */
const TOPICS: { topic: string; urgent: boolean; words: RegExp }[] = [
  {
    topic: 'safety',
    urgent: true,
    words:
      /\b(fire|smoke|emergenc\w*|injur\w*|hurt|ambulance|medic\w*|unsafe|danger\w*|fight\w*|fainted|collapsed|bleeding|inc[eê]ndio|fumo|fumaça|ferid[oa]s?|perigo\w*|desmai\w*|incendio|humo|herid[oa]s?|peligr\w*)\b/i,
  },
  {
    topic: 'harassment',
    urgent: true,
    words:
      /\b(harass\w*|assault\w*|groped|creep\w*|inappropriate\w*|threaten\w*|ass[eé]di\w*|acos[oa]\w*|amenaz\w*|amea[cç]\w*)\b/i,
  },
  {
    topic: 'overcrowding',
    urgent: true,
    words:
      /\b(overcrowded|over capacity|(room|hall|it) is (too )?(full|packed)|still letting people in|no room to|sala (est[aá] )?(cheia|lotada|llena|abarrotada)|lotad[oa]|abarrotad[oa])\b/i,
  },
  {
    topic: 'wifi',
    urgent: false,
    words: /\b(wi-?fi|internet|network|connection|rede|conex[aã]o|red|conexi[oó]n)\b/i,
  },
  {
    topic: 'audio',
    urgent: false,
    words: /\b(audio|sound|mic\w*|hear|speakers?|som|ouvir|sonido|o[ií]r)\b/i,
  },
  {
    topic: 'temperature',
    urgent: false,
    words:
      /\b(hot|cold|freezing|air ?con\w*|calor|frio|fr[ií]o|quente|ar condicionado|aire acondicionado)\b/i,
  },
  { topic: 'food', urgent: false, words: /\b(food|lunch|coffee|comida|almo[cç]o|caf[eé]|almuerzo)\b/i },
  {
    topic: 'queue',
    urgent: false,
    words: /\b(queue|line|waiting|wait|fila|cola|espera\w*)\b/i,
  },
  {
    topic: 'content',
    urgent: false,
    words: /\b(talk|speaker|slides?|content|session|palestra|orador\w*|charla|ponente|contenido)\b/i,
  },
];

/** A complaint in words, whatever the sentiment score: "no wifi", "is down", "not working", "broken". */
const COMPLAINT =
  /\b(no|not|n[aã]o|sin|sem|down|broken|doesn'?t work|not working|isn'?t working|can'?t|cannot|n[aã]o funciona|no funciona|ca[ií]d[oa]|terrible|awful|horr[ií]vel|horrible|p[eé]ssim[oa])\b/i;

export interface FeedbackReading {
  topics: string[];
  /** Sent to the organizers' feed at once. */
  urgent: boolean;
  /** A complaint (or an urgent topic): analysed and kept even when it is not a session comment. */
  complaint: boolean;
  language: TextLanguage;
}

const PT = /\b(n[aã]o|est[aá]|muito|sala|sem|obrigad[oa]|palestra|voc[eê]|tamb[eé]m|est[aã]o)\b/gi;
const ES = /\b(no hay|muy|est[aá]n?|sin|gracias|charla|tambi[eé]n|pero|aqu[ií]|hay)\b/gi;

/** en unless the text has more Portuguese or Spanish marker words (the contact's language, once stored, wins). */
export function guessLanguage(text: string): TextLanguage {
  const pt = text.match(PT)?.length ?? 0;
  const es = text.match(ES)?.length ?? 0;
  if (pt === 0 && es === 0) return 'en';
  return pt >= es ? 'pt' : 'es';
}

/** Topics, urgency and language of a comment or message, by words alone (no sentiment score needed). */
export function readFeedbackText(text: string): FeedbackReading {
  const found = TOPICS.filter((t) => t.words.test(text));
  const complaint = COMPLAINT.test(text);
  const urgentTopic = found.some((t) => t.urgent);
  return {
    topics: found.map((t) => t.topic),
    urgent: urgentTopic,
    complaint: urgentTopic || (complaint && found.length > 0),
    language: guessLanguage(text),
  };
}

/** With the sentiment score: an urgent topic always is; a complaint about the venue (wifi, audio…) when negative. */
export function isUrgent(reading: FeedbackReading, sentiment: number): boolean {
  if (reading.urgent) return true;
  const venue = reading.topics.some((t) => t === 'wifi' || t === 'audio' || t === 'temperature');
  return venue && reading.complaint && sentiment <= 0;
}
