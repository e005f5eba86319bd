import type { SpanKind } from './compile-patterns.js';
import { INTENT_PATTERN_INDEX } from './intent-patterns.js';
import { INTENTS, type Intent } from './label-schema.js';
import type { FaqMatch } from './match-faq.js';
import { matchPatterns } from './match-patterns.js';
import type { Utterance } from './utterance.js';

export interface Classification {
  intent: Intent;
  confidence: number;
  /** Every intent with evidence, best first (for "did you mean…"). */
  ranked: { intent: Intent; score: number }[];
}

/** Below this score nothing was really recognised and the message is out of scope. */
const MIN_SCORE = 1.5;
const QUESTION_WORDS = new Set(
  (
    'what where when how is are do does can will which who could should any onde donde que como ' +
    'quando cuando hay tem ha existe'
  ).split(' '),
);

const SOCIAL = new Set<Intent>(['greeting', 'thanks']);
const CONVERSATIONAL = new Set<Intent>([...SOCIAL, 'confirm', 'deny', 'out_of_scope']);

/** What naming an entity of each kind says about the intent, on top of the words around it. */
const ENTITY_EVIDENCE: Record<string, Partial<Record<Intent, number>>> = {
  tier: { book_tickets: 1, join_waitlist: 0.7, cancel_booking: 0.3, my_tickets: 0.3 },
  person: { request_meeting: 1.5, cancel_meeting: 0.7, my_meetings: 0.3 },
  session: { agenda: 2 },
  weakSession: { agenda: 0.8 },
  speaker: { agenda: 1.5 },
  weakSpeaker: { agenda: 0.7 },
  sponsor: { sponsor_interest: 4.5 },
  time: { request_meeting: 0.3, agenda: 0.4, cancel_meeting: 0.3, my_meetings: 0.2 },
  date: { agenda: 0.4, my_meetings: 0.2, request_meeting: 0.2 },
  quantity: { book_tickets: 0.6, cancel_booking: 0.2, join_waitlist: 0.3 },
};

function spansOf(u: Utterance): { kind: SpanKind; end: number }[][] {
  const spansAt: { kind: SpanKind; end: number }[][] = u.words.map(() => []);
  const add = (kind: SpanKind, start: number, end: number) => spansAt[start]?.push({ kind, end });
  for (const m of u.mentions) {
    if (m.kind === 'speaker' || (m.kind === 'session' && m.strength < 2)) continue;
    add(m.kind, m.start, m.end);
  }
  for (const t of u.times) add('time', t.start, t.end);
  for (const d of u.dates) add('date', d.start, d.end);
  for (const q of u.quantities) add('num', q.start, q.end);
  return spansAt;
}

/** Strongest pattern plus a quarter of the others: agreeing cues help, but repeating one cue doesn't win. */
function combine(weights: number[]): number {
  const positive = weights.filter((w) => w > 0).sort((a, b) => b - a);
  const negative = weights.filter((w) => w < 0).reduce((sum, w) => sum + w, 0);
  const [top = 0, ...rest] = positive;
  return top + 0.25 * rest.reduce((sum, w) => sum + w, 0) + negative;
}

function entityEvidence(u: Utterance, scores: Map<Intent, number>): void {
  const kinds = new Set<string>();
  for (const m of u.mentions) {
    // A lone title word or a speaker's first name hints at the programme less than a full title does.
    if (m.strength < 2 && m.kind === 'session') kinds.add('weakSession');
    else if (m.strength < 2 && m.kind === 'speaker') kinds.add('weakSpeaker');
    else kinds.add(m.kind);
  }
  if (u.times.length > 0) kinds.add('time');
  if (u.dates.length > 0) kinds.add('date');
  if (u.quantities.length > 0) kinds.add('quantity');
  for (const kind of kinds) {
    for (const [intent, weight] of Object.entries(ENTITY_EVIDENCE[kind] ?? {}) as [Intent, number][]) {
      scores.set(intent, (scores.get(intent) ?? 0) + weight);
    }
  }
}

/**
 * Scores every intent from its phrase patterns, the kinds of entities named, and how well the message
 * matches an FAQ; the best wins if it clears a floor, otherwise the message is out of scope. Confidence
 * grows with the winning score and with its margin over the runner-up.
 */
export function classifyIntent(u: Utterance, faq: FaqMatch | undefined): Classification {
  const byIntent = new Map<Intent, number[]>();
  for (const p of matchPatterns(INTENT_PATTERN_INDEX, { words: u.words, spansAt: spansOf(u) })) {
    byIntent.set(p.intent, [...(byIntent.get(p.intent) ?? []), p.weight]);
  }
  const scores = new Map<Intent, number>();
  for (const [intent, weights] of byIntent) if (intent !== 'faq') scores.set(intent, combine(weights));
  entityEvidence(u, scores);
  // Before the social check: "yo, what's the wifi pw" is a question wrapped in a greeting.
  if (faq && faq.score >= 1) {
    const asked = u.asked || QUESTION_WORDS.has(u.words[0] ?? '');
    const cues = byIntent.get('faq') ?? [];
    scores.set('faq', Math.min(faq.score, 5) + (asked ? 0.5 : 0) + 0.5 * combine(cues));
  }
  // "hi, I just got to the venue": a greeting or thanks wrapped around a request is not the point of it.
  const request = [...scores.entries()].some(([intent, score]) => !CONVERSATIONAL.has(intent) && score >= 2);
  if (request)
    for (const intent of SOCIAL) if (scores.has(intent)) scores.set(intent, scores.get(intent)! - 1.5);
  const ranked = [...scores.entries()]
    .map(([intent, score]) => ({ intent, score }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent));
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE || best.intent === 'out_of_scope') {
    const score = best?.score ?? 0;
    // Sure only that nothing here is an event request; low, so the bot rephrases or offers the menu.
    const confidence = best?.intent === 'out_of_scope' ? 0.35 : 0.3 - 0.15 * Math.min(score / MIN_SCORE, 1);
    return { intent: 'out_of_scope', confidence: round(confidence), ranked };
  }
  const second = ranked[1]?.score ?? 0;
  const strength = 1 - Math.exp(-best.score / 2.2);
  const margin = (best.score - Math.max(second, 0)) / best.score;
  return { intent: best.intent, confidence: round(strength * (0.45 + 0.55 * margin)), ranked };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}
