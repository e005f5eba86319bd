import { isDeepStrictEqual } from 'node:util';
import type { Understood } from '../../nlu/label-schema.js';
import type { Transcript } from '../../ports/speech-to-text.js';

/** What the person is being asked, when a short answer is likelier ("yes", "no", a number). */
export type Expecting = 'yes_no' | 'number' | null;

/** Confidence of a reading a closed grammar of the bot's requests confirms: that check rarely agrees by chance. */
const GRAMMAR_AGREES = 0.4;
/** What the grammar's sure reading of a different request does to the confidence (it pulls it down). */
const DISAGREES = -0.5;
/** A grammar reading the grammar itself is sure of (a whole command path, not stretched, not garbage). */
const GRAMMAR_SURE = 0.9;
/**
 * Understanding's own confidence from which a reading is taken at face value; below it the reading's confidence
 * shrinks in proportion (n-best lists often agree on the same near-nonsense, which understanding reads weakly).
 */
const CLEAR_MEANING = 0.8;

/**
 * Picks the reading of a voice note that makes the most sense, and how sure to be of it. Every reading the
 * recogniser offers (best, n-best alternatives, the grammar's check) is understood; readings that mean the same
 * request (intent and slots) pool their n-best shares. The request with the most pooled share wins, with the
 * grammar's agreement as a bonus and a pending question favouring its answers. Confidence is that pooled
 * share plus the grammar's agreement, scaled down when understanding itself is unsure: a reading the decoder was torn about, or that the grammar heard as a
 * different request, falls below the threshold and is read back before anything is done.
 */
export function chooseReading(
  heard: Transcript,
  understand: (text: string) => Understood,
  expecting: Expecting = null,
): { text: string; confidence: number; meaning?: Understood } {
  // One reading (a cloud recogniser): its own confidence stands; understanding still says what it asks for.
  if (!heard.alternatives && !heard.check)
    return { text: heard.text, confidence: heard.confidence, meaning: understand(heard.text) };
  const check = heard.check && heard.check.confidence >= GRAMMAR_SURE ? heard.check : null;
  // The grammar's sure reading joins the candidates (with no n-best share of its own): it can win only where
  // the n-best list already leans its way.
  const readings = [
    { text: heard.text, share: heard.confidence },
    ...(heard.alternatives ?? []),
    ...(check ? [{ text: check.text, share: 0 }] : []),
  ].filter((r) => r.text.trim() !== '');
  const groups: { meaning: Understood; text: string; share: number }[] = [];
  for (const reading of readings) {
    const meaning = understand(reading.text);
    if (meaning.intent === 'out_of_scope') continue;
    const group = groups.find((g) => sameRequest(g.meaning, meaning));
    if (group) group.share += reading.share;
    else groups.push({ meaning, text: reading.text, share: reading.share });
  }
  const checkMeaning = check ? understand(check.text) : null;
  const score = (g: (typeof groups)[number]) =>
    g.share +
    (checkMeaning && sameRequest(g.meaning, checkMeaning) ? GRAMMAR_AGREES : 0) +
    (answers(g.meaning, expecting) ? 0.3 : 0);
  const best = groups.sort((a, b) => score(b) - score(a))[0];
  if (!best) {
    // Nothing the decoder heard means a request: the grammar's sure reading if any, else the top reading (unsure).
    if (check && checkMeaning?.intent !== 'out_of_scope')
      return { text: check.text, confidence: GRAMMAR_AGREES };
    return { text: heard.text, confidence: Math.min(heard.confidence, 0.2) };
  }
  const agrees = checkMeaning !== null && sameRequest(best.meaning, checkMeaning);
  // Two decoders sure of different requests: whichever is right, ask before acting. Not for the answer to a
  // pending question: the grammar holds the bot's requests, so it forces "two please" into one of them.
  const checkWeight = agrees ? 1 : checkMeaning && !answers(best.meaning, expecting) ? DISAGREES : 0;
  const heardAs = Math.max(0, Math.min(1, best.share * (1 - GRAMMAR_AGREES) + checkWeight * GRAMMAR_AGREES));
  return {
    text: best.text,
    confidence: heardAs * Math.min(1, best.meaning.confidence / CLEAR_MEANING),
    meaning: best.meaning,
  };
}

function sameRequest(a: Understood, b: Understood): boolean {
  return a.intent === b.intent && isDeepStrictEqual(a.slots, b.slots);
}

function answers(meaning: Understood, expecting: Expecting): boolean {
  if (expecting === 'yes_no') return meaning.intent === 'confirm' || meaning.intent === 'deny';
  if (expecting === 'number') return 'quantity' in meaning.slots;
  return false;
}
