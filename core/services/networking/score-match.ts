import type { MatchReasonFact, ReasonRole } from '../../../db/entities/match.entity.js';
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
  /** The goals as they wrote them: a derived goal whose source is not one of these came from their role or
   * interests ("invest (Investor)"), so a reason names its kind rather than quoting words they never wrote. */
  statedGoals: readonly string[];
  /** Titles of the sessions they speak at: what they can teach. */
  talks: readonly string[];
}

export interface ScoredMatch {
  attendeeId: string;
  score: number;
  /** Why, from what actually overlaps or complements: at most two facts, strongest first (never empty). */
  reason: MatchReasonFact[];
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

/** Who the candidate is, for "Bob is Founder at Calmware" (put into words by the reader's catalog). */
const roleOf = (p: MatchProfile): ReasonRole => ({ role: p.role, company: p.company, industry: p.industry });

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
function whereTheyKnowIt(
  p: MatchProfile,
  topic: string,
): Extract<MatchReasonFact, { kind: 'you_learn' }>['via'] {
  const talk = p.talks.find((t) => topicOverlap(topic, new Set(profileWords(t))) > 0);
  if (talk) return { talk };
  const interest = p.interests.find((i) => topicOverlap(topic, new Set(profileWords(i))) > 0);
  return interest ? { interest } : { role: roleOf(p) };
}

/**
 * Scores one candidate for a viewer: embedding similarity, plus complementary goals (each side's needs met by
 * the other), plus shared interests, minus reported no-shows. The reason is the strongest of those as facts,
 * from the viewer's side ("Bob wants to meet investors; you both work on developer tools" once in words).
 */
export function scoreMatch(
  viewer: MatchProfile,
  candidate: MatchProfile & { similarity: number; noShows: number },
): ScoredMatch {
  const reasons: { weight: number; fact: MatchReasonFact }[] = [];
  // The candidate's goal in their own words, or by its kind when it was read from their role or interests.
  const theyWant = (g: DerivedGoal): MatchReasonFact =>
    candidate.statedGoals.includes(g.source)
      ? { kind: 'they_want', goal: g.kind, words: g.source }
      : { kind: 'they_are', goal: g.kind };
  const said = (g: DerivedGoal) => {
    const fact = theyWant(g);
    return reasons.some((r) => JSON.stringify(r.fact) === JSON.stringify(fact));
  };

  for (const mine of viewer.goals) {
    const theirs = candidate.goals.find(
      (g) => g.kind === COMPLEMENTS[mine.kind] && complementFits(mine, g, viewer, candidate),
    );
    if (theirs) reasons.push({ weight: WEIGHTS.complement, fact: theyWant(theirs) });
  }
  const viewerWords = allWords(viewer);
  const viewerExpertise = expertiseWords(viewer);
  for (const g of candidate.goals) {
    if (said(g)) continue;
    const fit =
      g.kind === 'learning'
        ? fitOf(g.topic, viewerExpertise)
        : g.kind === 'meeting'
          ? fitOf(g.topic, viewerWords)
          : 0;
    if (fit > 0) reasons.push({ weight: WEIGHTS.wantsTheOther * fit, fact: theyWant(g) });
  }
  const theirExpertise = expertiseWords(candidate);
  const theirWords = allWords(candidate);
  for (const g of viewer.goals) {
    if (g.kind === 'learning') {
      const fit = fitOf(g.topic, theirExpertise);
      if (fit > 0)
        reasons.push({
          weight: WEIGHTS.wantsTheOther * fit,
          fact: { kind: 'you_learn', topic: g.topic, via: whereTheyKnowIt(candidate, g.topic) },
        });
    } else if (g.kind === 'meeting') {
      const fit = fitOf(g.topic, theirWords);
      if (fit > 0)
        reasons.push({
          weight: WEIGHTS.wantsTheOther * fit,
          fact: { kind: 'you_meet', topic: g.topic, role: roleOf(candidate) },
        });
    }
  }
  const shared = viewer.interests.filter((i) => topicOverlap(i, theirExpertise) === 1).slice(0, 3);
  if (shared.length > 0)
    reasons.push({
      weight: WEIGHTS.sharedInterest * shared.length,
      fact: { kind: 'shared', interests: shared },
    });

  const bonus = reasons.reduce((sum, r) => sum + r.weight, 0);
  const penalty = Math.min(3, candidate.noShows) * WEIGHTS.noShow;
  const score = WEIGHTS.similarity * candidate.similarity + bonus - penalty;
  const top = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, 2);
  const reason: MatchReasonFact[] =
    top.length > 0 ? top.map((r) => r.fact) : [{ kind: 'similar', role: roleOf(candidate) }];
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
