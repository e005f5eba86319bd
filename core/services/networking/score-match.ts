import type { DerivedGoal } from './derive-goals.js';
import { profileWords, topicOverlap } from './profile-words.js';

/** What scoring needs to know about a person. */
export interface MatchProfile {
  attendeeId: string;
  name: string;
  role: string;
  company: string;
  industry: string;
  interests: readonly string[];
  goals: readonly DerivedGoal[];
  /** Titles of the sessions they speak at: what they can teach. */
  talks: readonly string[];
}

export interface ScoredMatch {
  attendeeId: string;
  score: number;
  /** One line, from what actually overlaps or complements. */
  reason: string;
}

/** Kinds that want each other: an investor and a founder raising, a hirer and a job seeker, a vendor and a buyer. */
export const COMPLEMENTS: Record<string, DerivedGoal['kind']> = {
  investing: 'raising',
  raising: 'investing',
  hiring: 'job_seeking',
  job_seeking: 'hiring',
  selling: 'buying',
  buying: 'selling',
};

export const WEIGHTS = {
  similarity: 0.5,
  complement: 0.45,
  wantsTheOther: 0.3,
  sharedInterest: 0.06,
  noShow: 0.2,
} as const;

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

/** "meet investors" → "wants to meet investors"; "fundraising" → "is into fundraising". */
function wants(source: string): string {
  const s = source.trim().replace(/\.$/, '');
  const lower = s.charAt(0).toLowerCase() + s.slice(1);
  return /^(meet|find|learn|hire|raise|get|connect|talk|look|invest|sell|buy)/i.test(s)
    ? `wants to ${lower}`
    : `is into ${lower}`;
}

const roleAt = (p: MatchProfile) => [p.role, p.company].filter(Boolean).join(' at ') || p.industry || 'here';

/** Word sets are computed once per profile object: a viewer is scored against a hundred candidates. */
const expertiseCache = new WeakMap<MatchProfile, Set<string>>();
const allWordsCache = new WeakMap<MatchProfile, Set<string>>();

function expertiseWords(p: MatchProfile): Set<string> {
  let words = expertiseCache.get(p);
  if (!words) {
    words = new Set(profileWords([p.role, p.industry, p.company, ...p.interests, ...p.talks].join(' ')));
    expertiseCache.set(p, words);
  }
  return words;
}

/** Expertise plus what they are learning or trading in: someone learning pgvector is a "pgvector user". */
function allWords(p: MatchProfile): Set<string> {
  let words = allWordsCache.get(p);
  if (!words) {
    const topics = p.goals.filter((g) => g.kind !== 'meeting' && g.kind !== 'investing').map((g) => g.topic);
    words = new Set([...expertiseWords(p), ...profileWords(topics.join(' '))]);
    allWordsCache.set(p, words);
  }
  return words;
}

/** How well a topic fits: short topics must match whole ("ai regulation" is not just "ai"). */
function fitOf(topic: string, words: ReadonlySet<string>): number {
  const overlap = topicOverlap(topic, words);
  const needed = new Set(profileWords(topic)).size <= 2 ? 1 : 0.6;
  return overlap >= needed ? overlap : 0;
}

/** The candidate's talk or interest that covers a topic, for "Dmitri speaks on …". */
function whereTheyKnowIt(p: MatchProfile, topic: string): string {
  const talk = p.talks.find((t) => topicOverlap(topic, new Set(profileWords(t))) > 0);
  if (talk) return `speaks on “${talk}”`;
  const interest = p.interests.find((i) => topicOverlap(topic, new Set(profileWords(i))) > 0);
  return interest ? `works on ${interest}` : `is ${roleAt(p)}`;
}

/**
 * Scores one candidate for a viewer: embedding similarity, plus complementary goals (each side's needs met by
 * the other), plus shared interests, minus reported no-shows. The reason quotes the strongest of those, from
 * the viewer's side ("Bob wants to meet investors; you both work on developer tools").
 */
export function scoreMatch(
  viewer: MatchProfile,
  candidate: MatchProfile & { similarity: number; noShows: number },
): ScoredMatch {
  const name = firstName(candidate.name);
  const reasons: { weight: number; text: string }[] = [];

  for (const mine of viewer.goals) {
    const theirs = candidate.goals.find(
      (g) => g.kind === COMPLEMENTS[mine.kind] && complementFits(mine, g, viewer, candidate),
    );
    if (theirs) reasons.push({ weight: WEIGHTS.complement, text: `${name} ${wants(theirs.source)}` });
  }
  const viewerWords = allWords(viewer);
  const viewerExpertise = expertiseWords(viewer);
  for (const g of candidate.goals) {
    if (reasons.some((r) => r.text === `${name} ${wants(g.source)}`)) continue;
    const fit =
      g.kind === 'learning'
        ? fitOf(g.topic, viewerExpertise)
        : g.kind === 'meeting'
          ? fitOf(g.topic, viewerWords)
          : 0;
    if (fit > 0) reasons.push({ weight: WEIGHTS.wantsTheOther * fit, text: `${name} ${wants(g.source)}` });
  }
  const theirExpertise = expertiseWords(candidate);
  const theirWords = allWords(candidate);
  for (const g of viewer.goals) {
    if (g.kind === 'learning') {
      const fit = fitOf(g.topic, theirExpertise);
      if (fit > 0)
        reasons.push({
          weight: WEIGHTS.wantsTheOther * fit,
          text: `you want to learn about ${g.topic} and ${name} ${whereTheyKnowIt(candidate, g.topic)}`,
        });
    } else if (g.kind === 'meeting') {
      const fit = fitOf(g.topic, theirWords);
      if (fit > 0)
        reasons.push({
          weight: WEIGHTS.wantsTheOther * fit,
          text: `you want to meet ${g.topic}: ${name} is ${roleAt(candidate)}`,
        });
    }
  }
  const shared = viewer.interests.filter((i) => topicOverlap(i, theirExpertise) === 1).slice(0, 3);
  if (shared.length > 0)
    reasons.push({
      weight: WEIGHTS.sharedInterest * shared.length,
      text: `you both work on ${listOf(shared)}`,
    });

  const bonus = reasons.reduce((sum, r) => sum + r.weight, 0);
  const penalty = Math.min(3, candidate.noShows) * WEIGHTS.noShow;
  const score = WEIGHTS.similarity * candidate.similarity + bonus - penalty;
  const top = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, 2);
  const reason =
    top.length > 0
      ? capitalise(top.map((r) => r.text).join('; '))
      : `${name} is ${roleAt(candidate)}, with a profile close to yours`;
  return { attendeeId: candidate.attendeeId, score, reason };
}

/** A buyer looking for "cloud vendors" fits a seller whose profile says cloud; untopical goals always fit. */
function complementFits(
  mine: DerivedGoal,
  theirs: DerivedGoal,
  me: MatchProfile,
  them: MatchProfile,
): boolean {
  if (mine.kind === 'buying' && mine.topic) return topicOverlap(mine.topic, allWords(them)) >= 0.5;
  if (theirs.kind === 'buying' && theirs.topic) return topicOverlap(theirs.topic, allWords(me)) >= 0.5;
  return true;
}

function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
